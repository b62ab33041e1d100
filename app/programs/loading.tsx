import { PageSkeleton } from "@/lib/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="the program" shape="cards" />;
}
