// Applies an enrollment-status CSV (lib/domain/enrollment-import plans it): every row is checked
// first, and only a file with no problems is written, in one transaction, each row with its
// history entry. A record changed by someone else meanwhile fails the whole file (its version).
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireOrgAdmin } from "@/lib/data/access";
import { todayIso } from "@/lib/data/dates";
import { enrollmentListings } from "@/lib/data/programs/enrollment-records";
import { jobStartsOf, writeEnrollment } from "@/lib/data/programs/enrollments";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { planEnrollmentImport, type ImportableEnrollment, type RowProblem } from "@/lib/domain/enrollment-import";

export type EnrollmentImportResult =
  { ok: true; applied: number; unchanged: number } | { ok: false; fileError?: string; problems: RowProblem[] };

export async function importEnrollmentStatuses(actor: CurrentUser, organizationId: string, csv: string): Promise<EnrollmentImportResult> {
  await requireOrgAdmin(actor, organizationId, "manage:enrollment:org");
  const listings = await enrollmentListings(organizationId);
  const ids = listings.map((l) => l.record.enrollmentId);
  const [meta, jobs] = await Promise.all([
    db.enrollment.findMany({ where: { organizationId }, select: { id: true, version: true, learner: { select: { email: true } } } }),
    jobStartsOf(db, ids),
  ]);
  const byId = new Map(meta.map((m) => [m.id, m]));
  const importable: ImportableEnrollment[] = listings.map((l) => ({
    record: l.record,
    ref: l.ref,
    email: byId.get(l.record.enrollmentId)?.learner?.email ?? null,
    cohortName: l.cohortName,
    version: byId.get(l.record.enrollmentId)?.version ?? 0,
    jobsStartedOn: jobs.get(l.record.enrollmentId) ?? [],
  }));
  const plan = planEnrollmentImport(csv, importable, todayIso());
  if (!plan.ok) return plan;
  if (plan.changes.length > 0)
    await db.$transaction(
      async (tx) => {
        for (const c of plan.changes) await writeEnrollment(tx, actor, c.next, c.diff, c.version, "CSV");
        await invalidateOutcomes(organizationId, tx);
      },
      { timeout: 60_000 },
    );
  return { ok: true, applied: plan.changes.length, unchanged: plan.unchanged };
}
