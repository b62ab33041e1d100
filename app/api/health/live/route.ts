// Liveness probe and the benchmark's "floor": the cheapest response the server can give (no
// database). /api/health is the readiness report with database and queue state.
export function GET() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
