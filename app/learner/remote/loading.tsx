import { PageSkeleton } from "@/lib/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="remote readiness" shape="cards" />;
}
