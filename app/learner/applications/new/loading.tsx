import { PageSkeleton } from "@/lib/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="the new application form" shape="cards" />;
}
