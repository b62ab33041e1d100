// Outcomes as CSV (formula-injection safe via lib/domain/csv.ts).
import { getCurrentUser } from "@/lib/auth/current-user";
import { getOutcomes } from "@/lib/data/programs/outcomes";
import { toCsv } from "@/lib/domain/csv";
import { rate } from "@/lib/domain/outcome-format";

export async function GET(_request: Request, { params }: { params: Promise<{ orgId: string }> }) {
  const user = await getCurrentUser();
  const { orgId } = await params;
  if (!user) return new Response("Not found", { status: 404 });
  const rows = await getOutcomes(user, orgId).catch(() => null);
  if (!rows) return new Response("Not found", { status: 404 });
  const csv = toCsv(
    rows,
    [
      { header: "Cohort", value: (r) => r.cohortName ?? "Whole program" },
      { header: "Cohort end", value: (r) => r.endDate ?? "" },
      { header: "Invited", value: (r) => r.invited },
      { header: "Joined", value: (r) => r.joined },
      { header: "Path chosen", value: (r) => r.pathChosen },
      { header: "Exam scheduled", value: (r) => r.examScheduled },
      { header: "Passed", value: (r) => r.passed },
      { header: "Placed (180 days)", value: (r) => r.placed },
      { header: "Placed in field", value: (r) => r.placedInField },
      { header: "First-attempt pass rate %", value: (r) => rate(r.passedFirstAttempt, r.attempted) },
      { header: "Pass rate %", value: (r) => rate(r.passed, r.attempted) },
      { header: "Placement rate %", value: (r) => rate(r.placed, r.joined) },
      {
        header: "Median days to certification",
        value: (r) => (r.medianDaysToCertification === null ? null : Math.round(r.medianDaysToCertification)),
      },
      {
        header: "Median starting salary (shared)",
        value: (r) => (r.medianStartingSalary === null ? null : Math.round(r.medianStartingSalary)),
      },
      { header: "Known outcome %", value: (r) => rate(r.knownOutcome, r.joined) },
    ],
    { bom: true },
  );
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="outcomes-${new Date().toISOString().slice(0, 10)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
