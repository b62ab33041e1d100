// Reads ?from&to (YYYY-MM-DD) with a default window ending today; bad input → default + message.
import { periodSchema } from "@/lib/actions/job-hunt/schemas";
import { addDays, fromUtcDate } from "@/lib/domain/dates";

export function parsePeriod(params: Record<string, string | string[] | undefined>, defaultDays: number, now: Date = new Date()) {
  const to = fromUtcDate(now);
  const fallback = { from: addDays(to, -defaultDays), to };
  const parsed = periodSchema.safeParse({ from: params.from, to: params.to });
  if (!parsed.success) return { period: fallback, error: parsed.error.issues[0]?.message };
  return { period: { from: parsed.data.from ?? fallback.from, to: parsed.data.to ?? fallback.to }, error: undefined };
}
