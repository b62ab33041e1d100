// A standard's report as CSV, one row per measure with the template's components. `public=1`
// hides every figure over fewer than the minimum cell size (default 10, `min` 5–50).
import { getCurrentUser } from "@/lib/auth/current-user";
import { programStandardReport } from "@/lib/data/programs/standard-reports";
import { db } from "@/lib/db";
import { toCsv } from "@/lib/domain/csv";
import { OUTCOME_STANDARD_IDS, type OutcomeStandardId } from "@/lib/content/outcome-standards";
import { DEFAULT_MIN_CELL, standardCsvRows } from "@/lib/domain/standard-report-view";

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const user = await getCurrentUser();
  const { orgId } = await params;
  if (!user) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const standard = url.searchParams.get("standard") ?? "ABHES";
  if (!(OUTCOME_STANDARD_IDS as readonly string[]).includes(standard)) return new Response("Unknown standard", { status: 400 });
  const year = Number(url.searchParams.get("year"));
  const min = Number(url.searchParams.get("min") ?? DEFAULT_MIN_CELL);
  const minCell = Number.isInteger(min) ? Math.min(50, Math.max(5, min)) : DEFAULT_MIN_CELL;
  const data = await programStandardReport(
    user,
    orgId,
    standard as OutcomeStandardId,
    Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
  ).catch(() => null);
  if (!data) return new Response("Not found", { status: 404 });
  const org = await db.organization.findUniqueOrThrow({ where: { id: orgId }, select: { name: true, slug: true } });
  const publicCells = url.searchParams.get("public") === "1";
  const csv = toCsv(
    standardCsvRows(standard as OutcomeStandardId, data.report, { publicCells, minCell, programName: org.name, asOf: data.asOf }),
    { bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${org.slug}-${standard.toLowerCase()}-${data.report.window.endYear}${publicCells ? "-public" : ""}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
