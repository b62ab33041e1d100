// The one place that reads process.env: validated once with zod, then shared.
// Parsed lazily so `next build` does not need runtime secrets.
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "@/lib/domain/ip-address";

const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

const boolish = z
  .enum(["1", "0", "true", "false", ""])
  .optional()
  .transform((v) => v === "1" || v === "true");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url({ message: "DATABASE_URL must be a postgres:// URL" }),
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(5),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  APP_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().default(3000),
  SMTP_URL: z.string().url().optional(),
  EMAIL_FROM: z.string().default("Chartpath <no-reply@chartpath.local>"),
  /** "allow": production without SMTP_URL keeps mail in the outbox (links redacted) on purpose. */
  EMAIL_OUTBOX: z.enum(["allow", ""]).optional(),
  /** Proxies (IPs/CIDRs, comma-separated) whose X-Forwarded-For is believed; none → the socket address. */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((text, ctx): TrustedProxies => {
      const parsed = parseTrustedProxies(text);
      if (parsed.ok) return parsed.value;
      ctx.addIssue({ code: "custom", message: parsed.error });
      return z.NEVER;
    }),
  /** Embedded/demo mode: enables the development outbox page and demo sign-in hints. */
  DEMO_MODE: boolish,
  /** Set by the test harness so e2e runs can exercise throttling without waiting. */
  CHARTPATH_TEST: boolish,
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse({ ...process.env, SMTP_URL: process.env.SMTP_URL || undefined });
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.AUTH_SECRET) {
    throw new Error("Invalid environment: AUTH_SECRET is required in production");
  }
  const mailProblem = mailTransportProblem({ production: parsed.data.NODE_ENV === "production", ...parsed.data });
  if (mailProblem) throw new Error(`Invalid environment: ${mailProblem}`);
  cached = parsed.data;
  return cached;
}

/**
 * Why this configuration may not run, or null. Production outside demo mode must deliver mail
 * (SMTP_URL), or say that keeping it in the outbox is intended (EMAIL_OUTBOX=allow): otherwise
 * sign-up, reset and invitation mail would silently go nowhere. Also called by scripts/start.ts
 * before anything starts.
 */
export function mailTransportProblem(e: {
  production: boolean;
  DEMO_MODE?: boolean;
  SMTP_URL?: string;
  EMAIL_OUTBOX?: string;
}): string | null {
  if (!e.production || e.DEMO_MODE || e.SMTP_URL || e.EMAIL_OUTBOX === "allow") return null;
  return "SMTP_URL is required in production (or set EMAIL_OUTBOX=allow to keep mail in the outbox, links removed)";
}

export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/** Pages for people building or trying Chartpath (outbox, /design) exist only in development or demo mode. */
function developmentOrDemo(): boolean {
  const e = env();
  return e.DEMO_MODE || e.NODE_ENV === "development";
}

/** The development outbox page exists only in development or demo mode. */
export function outboxPageEnabled(): boolean {
  return developmentOrDemo();
}

/** The /design component gallery: development or demo mode only, so production has no extra page. */
export function designPageEnabled(): boolean {
  return developmentOrDemo();
}

/**
 * The log level (LOG_LEVEL; default info, "silent" under tests). Read on its own, not through
 * env(), so the logger works where the rest of the environment is absent (build, unit tests).
 */
export function logLevel(): (typeof LOG_LEVELS)[number] {
  const parsed = z.enum(LOG_LEVELS).safeParse(process.env.LOG_LEVEL || undefined);
  if (parsed.success) return parsed.data;
  return process.env.NODE_ENV === "test" || process.env.VITEST ? "silent" : "info";
}
