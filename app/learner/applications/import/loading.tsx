import { PageSkeleton } from "@/lib/ui/page-skeleton";

export default function Loading() {
  return <PageSkeleton label="the import" shape="cards" />;
}
