// Readiness and operations report: database reachability and latency, job-queue backlog.
// 503 only when the database is down (take the instance out of rotation); "degraded" (200)
// when the queue cannot be read, e.g. before pg-boss has created its schema. The plain,
// database-free liveness answer is /api/health/live.
import { readHealth } from "@/lib/data/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const health = await readHealth();
  return Response.json(health, { status: health.status === "down" ? 503 : 200, headers: { "Cache-Control": "no-store" } });
}
