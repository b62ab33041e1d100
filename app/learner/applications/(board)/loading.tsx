import { PageSkeleton } from "@/lib/ui/page-skeleton";

// In a route group so it covers the board only: an application's page below /applications
// answers a real 404 for an id that is not the learner's, which a loading boundary would soften.
export default function Loading() {
  return <PageSkeleton label="your applications" shape="board" />;
}
