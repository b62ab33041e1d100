// Node flags for the production server, used by `npm start`, the bench and the load test.
// Server rendering allocates many short-lived objects per request; a 64 MB young generation
// (V8's default is 16 MB) lets them die young instead of being promoted and collected by full
// GCs. Measured with `npm run bench`: 10–25% more requests per second on data pages.
export const SERVER_NODE_OPTIONS = "--max-semi-space-size=64";

export function withServerNodeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const current = env.NODE_OPTIONS ?? "";
  return current.includes("--max-semi-space-size") ? env : { ...env, NODE_OPTIONS: `${current} ${SERVER_NODE_OPTIONS}`.trim() };
}
