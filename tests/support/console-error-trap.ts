// Fails any test that logs an unexpected console.error (a swallowed exception, a React
// warning, an action's "unexpected error ref=…"). A test that means to provoke one says so
// with allowConsoleError(), or by mocking console.error itself. Errors logged through the app's
// logger (lib/log.ts, silent under tests) count the same way.
import { afterEach, beforeEach, vi, type MockInstance } from "vitest";
import { onErrorLogged } from "@/lib/log";

let spy: MockInstance<typeof console.error> | undefined;
let logged: unknown[][] = [];
let allowed = false;
let unsubscribe: (() => void) | undefined;

/** The current test expects console.error output; returns what was logged so far. */
export function allowConsoleError(): unknown[][] {
  allowed = true;
  return logged;
}

beforeEach(() => {
  logged = [];
  allowed = false;
  const original = console.error.bind(console);
  spy = vi.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    logged.push(args);
    original(...args);
  });
  unsubscribe = onErrorLogged((_level, args) => logged.push(["[log]", ...args.map(describe)]));
});

function describe(arg: unknown): unknown {
  if (arg && typeof arg === "object" && "err" in arg && (arg as { err: unknown }).err instanceof Error) {
    return JSON.stringify({ ...arg, err: (arg as { err: Error }).err.stack });
  }
  return typeof arg === "object" ? JSON.stringify(arg) : arg;
}

afterEach(() => {
  spy?.mockRestore();
  spy = undefined;
  unsubscribe?.();
  if (allowed || logged.length === 0) return;
  const first = logged[0]!.map((a) => (a instanceof Error ? (a.stack ?? a.message) : String(a))).join(" ");
  throw new Error(`Unexpected console.error (${logged.length} call${logged.length === 1 ? "" : "s"}); first: ${first.slice(0, 800)}`);
});
