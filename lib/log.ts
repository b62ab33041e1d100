// Structured JSON logs (pino, plain stdout: no transports, whose worker threads break under
// Next's bundling). One `logger` per process; `requestLogger()` binds the request's id (set by
// proxy.ts) so an operator can follow one request across lines. What must never reach a log
// (QUALITY.md #24): passwords, tokens, secrets, cookies and resume/free text are redacted by
// path; error messages, stacks and string messages have links' queries and token-like runs
// removed (lib/domain/redact-links.ts), so a reset link in an error cannot leak.
import "server-only";
import pino, { type DestinationStream, type Logger, type LoggerOptions } from "pino";
import { headers } from "next/headers";
import { logLevel } from "@/lib/env";
import { redactLinks } from "@/lib/domain/redact-links";

export type { Logger };

export const REQUEST_ID_HEADER = "x-request-id";

const SECRET_KEYS = ["password", "token", "tokenHash", "secret", "authorization", "cookie", "resume", "resumeText", "text", "body"];
// pino's redact needs explicit paths; three levels cover every shape the app logs.
const REDACT_PATHS = SECRET_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);

interface ErrorShape {
  type: string;
  message: string;
  stack?: string;
}

function serializeError(value: unknown): ErrorShape | unknown {
  if (!(value instanceof Error)) return typeof value === "string" ? redactLinks(value) : value;
  return {
    type: value.name || value.constructor?.name || "Error",
    message: redactLinks(value.message),
    ...(value.stack ? { stack: redactLinks(value.stack) } : {}),
  };
}

type ErrorListener = (level: number, args: unknown[]) => void;
const errorListeners = new Set<ErrorListener>();

/** Tests subscribe here so an unexpected logged error fails them (tests/support/console-error-trap.ts). */
export function onErrorLogged(listener: ErrorListener): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: undefined, // no hostname or pid: nothing about the machine in shipped logs
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    serializers: { err: serializeError, error: serializeError },
    hooks: {
      logMethod(args, method, levelValue) {
        if (levelValue >= 50) for (const listener of errorListeners) listener(levelValue, args);
        const cleaned = args.map((a) => (typeof a === "string" ? redactLinks(a) : a));
        return method.apply(this, cleaned as Parameters<typeof method>);
      },
    },
  };
}

/** A logger writing to `destination` (stdout by default); tests pass a stream to read lines. */
export function createLogger(destination?: DestinationStream, level: string = logLevel()): Logger {
  // "silent" still evaluates errors (written nowhere), so error listeners see them: pino turns
  // disabled levels into no-ops that skip the hooks, and tests rely on seeing logged errors.
  if (level === "silent") return pino(loggerOptions("error"), DISCARD);
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}

const DISCARD: DestinationStream = { write: () => undefined };

const globalForLog = globalThis as unknown as { chartpathLogger?: Logger };
export const logger: Logger = (globalForLog.chartpathLogger ??= createLogger());

/** The logger for the current request, with its id bound; the base logger outside a request. */
export async function requestLogger(bindings: Record<string, unknown> = {}): Promise<Logger> {
  const requestId = await currentRequestId();
  return requestId ? logger.child({ requestId, ...bindings }) : Object.keys(bindings).length ? logger.child(bindings) : logger;
}

/** The id proxy.ts put on this request, or undefined outside a request scope. */
export async function currentRequestId(): Promise<string | undefined> {
  try {
    return (await headers()).get(REQUEST_ID_HEADER) ?? undefined;
  } catch {
    return undefined; // scripts, tests, module scope: no request
  }
}
