// Everyone one measure counts, for staff: numerator, denominator only, or excluded with why.
// Former members appear by enrollment reference only, as on the page.
import { getCurrentUser } from "@/lib/auth/current-user";
import { programStandardReport } from "@/lib/data/programs/standard-reports";
import { toCsv } from "@/lib/domain/csv";
import { OUTCOME_STANDARD_IDS, type OutcomeStandardId } from "@/lib/content/outcome-standards";
import { personLabel } from "@/lib/domain/standard-report-view";

export async function GET(request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const user = await getCurrentUser();
  const { orgId } = await params;
  if (!user) return new Response("Not found", { status: 404 });
  const url = new URL(request.url);
  const standard = url.searchParams.get("standard") ?? "";
  if (!(OUTCOME_STANDARD_IDS as readonly string[]).includes(standard)) return new Response("Unknown standard", { status: 400 });
  const year = Number(url.searchParams.get("year"));
  const data = await programStandardReport(
    user,
    orgId,
    standard as OutcomeStandardId,
    Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
  ).catch(() => null);
  if (!data) return new Response("Not found", { status: 404 });
  const m = data.report.measures.find((x) => x.id === url.searchParams.get("measure"));
  if (!m) return new Response("Unknown measure", { status: 400 });
  const row = (id: string, part: string, why = "") => {
    const p = data.people.get(id);
    return [personLabel(p), p?.ref ?? "", p?.cohortName ?? "", part, why];
  };
  const numerator = m.kind === "rate" ? new Set(m.included.numerator) : new Set<string>();
  const rows = [
    ["learner", "ref", "cohort", "counted_as", "why_excluded"],
    ...m.included.denominator.map((id) => row(id, numerator.has(id) ? "numerator" : m.kind === "rate" ? "denominator only" : "counted")),
    ...m.excluded.map((e) => row(e.learnerId, "excluded", e.why)),
  ];
  return new Response(toCsv(rows, { bom: true }), {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${standard.toLowerCase()}-${data.report.window.endYear}-${m.id}-people.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
