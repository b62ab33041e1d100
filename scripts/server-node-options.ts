// Node flags for the server, used by `npm start`, `npm run dev`, the bench and the load test.
// A 64 MB young generation (V8's default is 16 MB) lets server rendering's short-lived objects
// die young instead of being promoted to full GCs (measured: bench/README.md).
import path from "node:path";
import { pathToFileURL } from "node:url";

export const SERVER_NODE_OPTIONS = "--max-semi-space-size=64";

// Stamps each request with its socket address (the only source of a client IP that a client
// cannot forge; see the file and docs/decisions/0008-secrets-at-rest-and-demo-outbox.md).
const SOCKET_ADDRESS_PRELOAD = path.resolve("scripts/socket-address-header.mjs");

/** The socket-address preload alone (development server). */
export function withSocketAddressHeader(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const current = env.NODE_OPTIONS ?? "";
  if (current.includes("socket-address-header")) return env;
  return { ...env, NODE_OPTIONS: `${current} --import ${JSON.stringify(pathToFileURL(SOCKET_ADDRESS_PRELOAD).href)}`.trim() };
}

/** Production server: the socket-address preload plus the young-generation size. */
export function withServerNodeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const stamped = withSocketAddressHeader(env);
  const current = stamped.NODE_OPTIONS ?? "";
  return current.includes("--max-semi-space-size") ? stamped : { ...stamped, NODE_OPTIONS: `${current} ${SERVER_NODE_OPTIONS}`.trim() };
}
