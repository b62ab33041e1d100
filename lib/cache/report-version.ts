// The shared half of the report caches: a counter per scope in Postgres. Readers fold the
// counters of the scopes a report depends on into a stamp and the per-process cache
// (report-cache.ts) recomputes when its copy's stamp differs; writers bump the counters after
// a write that changes the figures. So a write through any app instance reaches every
// instance's next request, at the price of one primary-key read per report view.
import "server-only";
import { db } from "@/lib/db";
import type { Tx } from "@/lib/prisma-client";

/** "1.4": the versions of `scopes` in the order given (0 for a scope never bumped). */
export async function reportStamp(scopes: string[]): Promise<string> {
  const rows = await db.reportVersion.findMany({ where: { scope: { in: scopes } }, select: { scope: true, version: true } });
  const byScope = new Map(rows.map((r) => [r.scope, r.version]));
  return scopes.map((s) => String(byScope.get(s) ?? 0)).join(".");
}

/** One statement however many scopes; `tx` to bump with the write that changes the figures. */
export async function bumpReportVersions(scopes: string[], tx: Tx = db): Promise<void> {
  if (scopes.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO "ReportVersion" ("scope") SELECT unnest(${[...new Set(scopes)].sort()}::text[])
    ON CONFLICT ("scope") DO UPDATE SET "version" = "ReportVersion"."version" + 1, "changedAt" = now()`;
}
