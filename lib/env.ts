// The one place that reads process.env: validated once with zod, then shared.
// Parsed lazily so `next build` does not need runtime secrets.
import { z } from "zod";

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
  /** Embedded/demo mode: enables the development outbox page and demo sign-in hints. */
  DEMO_MODE: boolish,
  /** Set by the test harness so e2e runs can exercise throttling without waiting. */
  CHARTPATH_TEST: boolish,
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
  cached = parsed.data;
  return cached;
}

export function appUrl(): string {
  const e = env();
  return (e.APP_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, "");
}

/** The development outbox page exists only in development or demo mode. */
export function outboxPageEnabled(): boolean {
  const e = env();
  return e.DEMO_MODE || e.NODE_ENV === "development";
}
