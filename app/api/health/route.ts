// Liveness probe and the benchmark's "floor": the cheapest response the server can give.
export function GET() {
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
