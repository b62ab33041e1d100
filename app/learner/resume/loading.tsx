import { PageSkeleton } from "@/lib/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="your resume" shape="cards" />;
}
