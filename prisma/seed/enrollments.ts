// Demo enrollment records: one per cohort membership (as joining opens them), the learners' own
// exam and job logs mirrored as the app does, then what Riverbend's staff recorded for past
// cohorts: graduations at each cohort's end, two withdrawals, a re-entry, a graduate documented
// unavailable (military), a learner who has since left Chartpath (shown by reference only),
// employer-verified jobs, a related-field job and one disputed record. Accreditor reports then
// show every kind of row a program has.
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { mirrorSelfReports } from "../../lib/data/programs/self-report-mirror";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

type Staffing = {
  status?: "COMPLETED" | "WITHDRAWN";
  on?: string;
  reason?: string;
  unavailable?: "MILITARY";
  leftChartpath?: string;
  verifyJob?: "VERIFIED" | "DISPUTED";
  relatedJob?: boolean;
};

/** By alumnus name (prisma/seed/program-history.ts); everyone else in a finished cohort graduated on its end date. */
const STAFF_RECORDS: Record<string, Staffing> = {
  "Latoya Brooks": { verifyJob: "VERIFIED" },
  "Daniel Okafor": { verifyJob: "VERIFIED" },
  "Megan Sato": { leftChartpath: "2025-09-01" },
  "Jamal Carter": { status: "WITHDRAWN", on: "2025-01-17", reason: "Family responsibilities" },
  "Aisha Rahman": { verifyJob: "VERIFIED" },
  "Carmen Delgado": { verifyJob: "DISPUTED" },
  "Imani Johnson": { status: "WITHDRAWN", on: "2025-05-09", reason: "Schedule conflict with work; re-entered in the fall" },
  "Kevin Tran": { status: "WITHDRAWN", on: "2025-10-03", reason: "Moved out of state" },
  "Marcus Bell": { verifyJob: "VERIFIED", relatedJob: true },
  "Owen Mitchell": { verifyJob: "VERIFIED" },
  "Rosa Jimenez": { unavailable: "MILITARY" },
};

export async function seedEnrollments(db: Db, ctx: FoundationSeed): Promise<void> {
  if ((await db.enrollment.count({ where: { organizationId: ctx.org.id } })) > 0) return;
  const members = await db.cohortLearner.findMany({
    select: {
      userId: true,
      cohortId: true,
      cohort: { select: { organizationId: true, startDate: true, endDate: true, archivedAt: true } },
      user: { select: { name: true } },
    },
  });
  for (const m of members) {
    const e = await db.enrollment.create({
      data: { organizationId: m.cohort.organizationId, cohortId: m.cohortId, learnerId: m.userId, startedOn: m.cohort.startDate },
    });
    await db.enrollmentChange.create({
      data: { enrollmentId: e.id, actorId: m.userId, actorName: "Learner joined the cohort", via: "JOIN", changes: {} },
    });
  }
  for (const userId of new Set(members.map((m) => m.userId))) await mirrorSelfReports(db, userId);

  const admin = { id: ctx.admin.id, name: ctx.admin.name };
  for (const m of members) {
    if (!m.cohort.archivedAt || !m.cohort.endDate) continue; // current cohorts: everyone still enrolled
    const plan = STAFF_RECORDS[m.user.name] ?? {};
    const e = await db.enrollment.findFirstOrThrow({ where: { cohortId: m.cohortId, learnerId: m.userId } });
    const status = plan.status ?? "COMPLETED";
    const on = plan.on ? utc(plan.on) : m.cohort.endDate;
    const iso = on.toISOString().slice(0, 10);
    const documentedOn = plan.unavailable ? new Date(on.getTime() + 21 * 86_400_000) : null;
    await db.enrollment.update({
      where: { id: e.id },
      data: {
        status,
        completedOn: status === "COMPLETED" ? on : null,
        withdrawnOn: status === "WITHDRAWN" ? on : null,
        withdrawalReason: plan.reason ?? null,
        unavailableReason: plan.unavailable ?? null,
        unavailableDocumentedOn: documentedOn,
        version: 2,
      },
    });
    await db.enrollmentChange.create({
      data: {
        enrollmentId: e.id,
        actorId: admin.id,
        actorName: admin.name,
        via: "FORM",
        createdAt: new Date(on.getTime() + 3 * 86_400_000),
        changes: {
          status: ["ENROLLED", status],
          [status === "COMPLETED" ? "completedOn" : "withdrawnOn"]: [null, iso],
          ...(plan.reason ? { withdrawalReason: [null, plan.reason] } : {}),
          ...(plan.unavailable
            ? { unavailableReason: [null, plan.unavailable], unavailableDocumentedOn: [null, documentedOn!.toISOString().slice(0, 10)] }
            : {}),
        },
      },
    });
    if (plan.verifyJob) {
      const job = await db.outcomeRecord.findFirstOrThrow({ where: { enrollmentId: e.id } });
      await db.outcomeRecord.update({
        where: { id: job.id },
        data: {
          review: plan.verifyJob,
          reviewedById: admin.id,
          reviewedByName: admin.name,
          reviewedAt: new Date(job.recordedOn.getTime() + 14 * 86_400_000),
          reviewNote:
            plan.verifyJob === "DISPUTED"
              ? "The employer's HR could not confirm this job when we called; asked the graduate for an offer letter."
              : "Confirmed by phone with the employer's HR.",
          ...(plan.relatedJob ? { field: "RELATED" } : {}),
        },
      });
    }
    if (plan.leftChartpath)
      await db.cohortLearner.updateMany({ where: { cohortId: m.cohortId, userId: m.userId }, data: { leftAt: utc(plan.leftChartpath) } });
  }

  // Riverbend publishes its ABHES figures (the public page at /outcomes/<slug>).
  await db.organization.update({
    where: { id: ctx.org.id },
    data: { publicStandard: "ABHES", publicMinCell: 10, publicSince: new Date() },
  });

  // Imani Johnson came back in the fall billing cohort: a re-entry, graduated at its end.
  const imani = members.find((m) => m.user.name === "Imani Johnson");
  const billing = await db.cohort.findFirst({ where: { organizationId: ctx.org.id, name: "Billing Certificate — Fall 2025" } });
  if (imani && billing?.endDate) {
    const re = await db.enrollment.create({
      data: {
        organizationId: ctx.org.id,
        cohortId: billing.id,
        learnerId: imani.userId,
        startedOn: billing.startDate,
        entryKind: "RE_ENTRY",
        status: "COMPLETED",
        completedOn: billing.endDate,
        version: 2,
      },
    });
    await db.enrollmentChange.create({
      data: {
        enrollmentId: re.id,
        actorId: admin.id,
        actorName: admin.name,
        via: "FORM",
        changes: { entryKind: ["NEW_START", "RE_ENTRY"], status: ["ENROLLED", "COMPLETED"] },
      },
    });
    await db.credentialResult.create({
      data: {
        enrollmentId: re.id,
        credentialCode: "CPB",
        takenOn: new Date(billing.endDate.getTime() + 24 * 86_400_000),
        passed: true,
        source: "STAFF_DOCUMENT",
        note: "AAPC score report, emailed by the graduate",
        review: "VERIFIED",
        reviewedById: admin.id,
        reviewedByName: admin.name,
        reviewedAt: new Date(billing.endDate.getTime() + 30 * 86_400_000),
        recordedById: admin.id,
        recordedByName: admin.name,
      },
    });
  }
}
