// Enrollment records in Postgres (issue 16): the SQL that gathers them gives every standard the
// same figures as the hand-computed fixture; a learner who leaves is still counted; staff
// changes are checked, kept in the history and refused whole when anything is wrong.
import { beforeEach, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { OUTCOME_STANDARD_IDS } from "@/lib/content/outcome-standards";
import { computeStandard } from "@/lib/domain/outcome-standards";
import type { EnrollmentRecord } from "@/lib/domain/outcome-records";
import { FIXTURE } from "../../unit/outcome-standards/fixture";
import { actorFor, createOrg, createUser } from "../../support/factories";
import { programWorld } from "../../support/program-world";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user }));

const { computeProgramStandard } = await import("@/lib/data/programs/standard-reports");
const { updateEnrollmentAction } = await import("@/lib/actions/programs/update-enrollment");
const { importEnrollmentsAction } = await import("@/lib/actions/programs/import-enrollments");
const { joinWithCode, leaveCohort } = await import("@/lib/data/programs/invitations");
const { recordPlacementAction } = await import("@/lib/actions/programs/record-placement");
const { recordExamAttemptAction } = await import("@/lib/actions/learner/record-exam-attempt");
const idle = { status: "idle" } as const;
const d = (iso?: string) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

function form(values: Record<string, string | Blob>) {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.set(k, v);
  return fd;
}

/** Writes the fixture's records as rows; returns the organization and the fixture learner id → user id map. */
async function insertFixture(records: readonly EnrollmentRecord[]) {
  const org = await createOrg("Fixture College");
  const cohorts = new Map<string, string>();
  for (const cohortId of new Set(records.map((r) => r.cohortId))) {
    const c = await db.cohort.create({ data: { organizationId: org.id, name: cohortId, startDate: new Date("2023-01-01") } });
    cohorts.set(cohortId, c.id);
  }
  const users = new Map<string, string>();
  for (const r of records) {
    if (!users.has(r.learnerId)) users.set(r.learnerId, (await createUser({ name: r.learnerId })).id);
    const e = await db.enrollment.create({
      data: {
        organizationId: org.id,
        cohortId: cohorts.get(r.cohortId)!,
        learnerId: users.get(r.learnerId)!,
        startedOn: d(r.startedOn)!,
        entryKind: r.entryKind,
        status: r.status,
        completedOn: d(r.completedOn),
        withdrawnOn: d(r.withdrawnOn),
        withdrawalReason: r.withdrawalReason ?? null,
        transferredOn: d(r.transferredOn),
        unavailableReason: r.unavailable?.reason ?? null,
        unavailableDocumentedOn: d(r.unavailable?.documentedOn),
      },
    });
    for (const a of r.credentialAttempts)
      await db.credentialResult.create({
        data: {
          enrollmentId: e.id,
          credentialCode: a.credential,
          takenOn: d(a.takenOn)!,
          passed: a.passed,
          source: "STAFF_DOCUMENT",
          recordedByName: "t",
        },
      });
    for (const o of r.outcomes)
      await db.outcomeRecord.create({
        data: {
          enrollmentId: e.id,
          kind: o.kind,
          startedOn: d(o.startedOn),
          endedOn: d(o.endedOn),
          recordedOn: d(o.recordedOn)!,
          hoursPerWeek: o.hoursPerWeek ?? null,
          field: o.field ?? null,
          source: o.source,
          review: o.verified ? "VERIFIED" : "UNREVIEWED",
          recordedByName: "t",
        },
      });
    for (const w of r.wages ?? [])
      await db.quarterlyWage.create({ data: { enrollmentId: e.id, quarter: w.quarter, amountUsd: w.amount, source: w.source } });
  }
  return { org, users };
}

describe("the figures from the database", () => {
  it("match the hand-computed fixture for every measure of every standard in both years", async () => {
    const { org, users } = await insertFixture(FIXTURE);
    const toUser = (id: string) => users.get(id)!;
    for (const standard of OUTCOME_STANDARD_IDS)
      for (const year of [2025, 2026]) {
        const fromDb = await computeProgramStandard(org.id, standard, year);
        const expected = computeStandard(standard, year, FIXTURE, fromDb.asOf);
        const shape = (ms: typeof expected.measures, map: (id: string) => string) =>
          ms.map((m) =>
            m.kind === "rate"
              ? {
                  id: m.id,
                  n: m.numerator,
                  d: m.denominator,
                  rate: m.rate,
                  parts: m.parts,
                  num: m.included.numerator.map(map).sort(),
                  ex: m.excluded.map((e) => `${map(e.learnerId)}:${e.why}`).sort(),
                }
              : { id: m.id, median: m.median, n: m.n, ex: m.excluded.map((e) => `${map(e.learnerId)}:${e.why}`).sort() },
          );
        expect(
          shape(fromDb.report.measures, (id) => id),
          `${standard} ${year}`,
        ).toEqual(shape(expected.measures, toUser));
      }
  }, 60_000);
});

describe("enrollment records and leaving", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("joining opens a record; leaving keeps it, counted in retention, but without the learner's name", async () => {
    const w = await programWorld();
    const joiner = await createUser({ name: "Jo Joiner" });
    session.user = { ...w.actors.learner, id: joiner.id, email: joiner.email, name: joiner.name };
    await joinWithCode(session.user, w.cohort.joinCode!, true);
    const opened = await db.enrollment.findFirstOrThrow({ where: { learnerId: joiner.id } });
    expect(opened).toMatchObject({ cohortId: w.cohort.id, status: "ENROLLED", entryKind: "NEW_START" });
    expect(opened.startedOn.toISOString().slice(0, 10)).toBe("2026-01-05");

    expect(await recordExamAttemptAction(idle, form({ credentialCode: "CPC", takenOn: "2026-06-01", result: "PASSED" }))).toMatchObject({
      status: "ok",
    });
    expect(await db.credentialResult.count({ where: { enrollmentId: opened.id, source: "SELF_REPORT" } })).toBe(1);
    await leaveCohort(session.user, w.cohort.id);
    // After leaving, new self-reports stay the learner's own.
    expect(
      await recordPlacementAction(idle, form({ employer: "Mercy", title: "Coder", startDate: "2026-07-01", inField: "yes" })),
    ).toMatchObject({ status: "ok" });

    const report = await computeProgramStandard(w.org.id, "ABHES", 2026);
    const retention = report.report.measures.find((m) => m.id === "retention")!;
    expect(retention.kind === "rate" && retention.included.denominator).toContain(joiner.id);
    expect(report.people.get(joiner.id)).toMatchObject({ name: null });
    expect(await db.credentialResult.count({ where: { enrollmentId: opened.id } })).toBe(1);
    expect(await db.outcomeRecord.count({ where: { enrollmentId: opened.id } })).toBe(0);
  });

  it("a status change is checked, kept in the history, and refused when stale", async () => {
    const w = await programWorld();
    session.user = w.actors.admin;
    const before = await db.enrollment.findUniqueOrThrow({ where: { id: w.enrollment.id } });
    const early = await updateEnrollmentAction(
      idle,
      form({ enrollmentId: w.enrollment.id, version: "1", status: "COMPLETED", statusDate: "2025-12-01" }),
    );
    expect(early).toMatchObject({
      status: "error",
      code: "invalid",
      fieldErrors: { statusDate: [expect.stringContaining("before the start date")] },
    });
    const future = await updateEnrollmentAction(
      idle,
      form({ enrollmentId: w.enrollment.id, version: "1", status: "COMPLETED", statusDate: "2099-01-01" }),
    );
    expect(future).toMatchObject({ status: "error", fieldErrors: { statusDate: [expect.stringContaining("after today")] } });
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: w.enrollment.id } })).toEqual(before);

    const ok = await updateEnrollmentAction(
      idle,
      form({
        enrollmentId: w.enrollment.id,
        version: "1",
        status: "COMPLETED",
        statusDate: "2026-09-30",
        unavailableReason: "MILITARY",
        unavailableDocumentedOn: "2026-10-02",
      }),
    );
    expect(ok).toMatchObject({ status: "ok" });
    const history = await db.enrollmentChange.findMany({ where: { enrollmentId: w.enrollment.id } });
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({
      actorId: w.users.admin.id,
      actorName: "Ada Admin",
      via: "FORM",
      changes: {
        status: ["ENROLLED", "COMPLETED"],
        completedOn: [null, "2026-09-30"],
        unavailableReason: [null, "MILITARY"],
        unavailableDocumentedOn: [null, "2026-10-02"],
      },
    });
    const stale = await updateEnrollmentAction(idle, form({ enrollmentId: w.enrollment.id, version: "1", status: "ENROLLED" }));
    expect(stale).toMatchObject({ status: "error", code: "conflict" });
    expect(await db.enrollmentChange.count({ where: { enrollmentId: w.enrollment.id } })).toBe(1);
  });

  it("a withdrawal dated after a job on record is refused with the way out", async () => {
    const w = await programWorld();
    session.user = w.actors.admin;
    await db.outcomeRecord.create({
      data: {
        enrollmentId: w.enrollment.id,
        kind: "EMPLOYED",
        startedOn: d("2026-04-01"),
        recordedOn: d("2026-04-02")!,
        source: "SELF_REPORT",
        recordedByName: "t",
      },
    });
    const res = await updateEnrollmentAction(
      idle,
      form({ enrollmentId: w.enrollment.id, version: "1", status: "WITHDRAWN", statusDate: "2026-05-01" }),
    );
    expect(res).toMatchObject({
      status: "error",
      fieldErrors: { statusDate: [expect.stringContaining("A job starting 2026-04-01 is on record")] },
    });
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: w.enrollment.id } })).toMatchObject({ status: "ENROLLED", version: 1 });
  });

  it("a status CSV with an unknown learner or a duplicate row changes nothing; a clean one applies every row with history", async () => {
    const w = await programWorld();
    session.user = w.actors.admin;
    const second = await createUser({ name: "Sam Second" });
    await db.cohortLearner.create({ data: { cohortId: w.cohort.id, userId: second.id, consentedAt: new Date() } });
    const other = await db.enrollment.create({
      data: { organizationId: w.org.id, cohortId: w.cohort.id, learnerId: second.id, startedOn: d("2026-01-05")! },
    });
    const file = (text: string) => new File([text], "s.csv", { type: "text/csv" });
    const bad = await importEnrollmentsAction(
      idle,
      form({
        organizationId: w.org.id,
        file: file(
          `email,status,date,withdrawal_reason\n${w.users.learner.email},graduated,2026-09-30,\nnobody@example.test,withdrawn,2026-03-01,moved\n${second.email},withdrawn,2026-03-01,moved\n${second.email},graduated,2026-09-30,\n`,
        ),
      }),
    );
    expect(bad.status).toBe("ok");
    const plan = bad.status === "ok" ? bad.data : null;
    expect(plan).toMatchObject({ ok: false });
    expect(plan && !plan.ok && plan.problems.map((p) => [p.rowNumber, p.field])).toEqual([
      [3, "email"],
      [5, "ref"],
    ]);
    expect(await db.enrollment.findMany({ where: { organizationId: w.org.id }, select: { status: true } })).toEqual([
      { status: "ENROLLED" },
      { status: "ENROLLED" },
    ]);
    expect(await db.enrollmentChange.count()).toBe(0);

    const good = await importEnrollmentsAction(
      idle,
      form({
        organizationId: w.org.id,
        file: file(
          `email,status,date,withdrawal_reason\n${w.users.learner.email},graduated,2026-09-30,\n${second.email},withdrawn,2026-03-01,moved\n`,
        ),
      }),
    );
    expect(good).toMatchObject({ status: "ok", data: { ok: true, applied: 2, unchanged: 0 } });
    expect(await db.enrollment.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({
      status: "WITHDRAWN",
      withdrawalReason: "moved",
      version: 2,
    });
    expect(await db.enrollmentChange.count({ where: { via: "CSV" } })).toBe(2);
  });

  it("an ended enrollment is deleted by the daily purge once its retention years are over, as the consent text says", async () => {
    const { purgeExpired } = await import("@/lib/data/maintenance");
    const { ENROLLMENT_RETENTION_YEARS } = await import("@/lib/domain/enrollment-changes");
    const w = await programWorld();
    const now = new Date("2026-12-06T12:00:00Z");
    const ended = (completedOn: string) =>
      db.enrollment.create({
        data: {
          organizationId: w.org.id,
          cohortId: w.cohort.id,
          startedOn: d("2015-01-05")!,
          status: "COMPLETED",
          completedOn: d(completedOn),
        },
      });
    const gone = await ended(`${2026 - ENROLLMENT_RETENTION_YEARS}-12-05`);
    const kept = await ended(`${2026 - ENROLLMENT_RETENTION_YEARS}-12-06`);
    expect((await purgeExpired(now)).enrollments).toBe(1);
    expect(await db.enrollment.findUnique({ where: { id: gone.id } })).toBeNull();
    expect(await db.enrollment.findUnique({ where: { id: kept.id } })).not.toBeNull();
    expect(await db.enrollment.findUnique({ where: { id: w.enrollment.id } })).not.toBeNull();
  });

  it("the public page is off until an admin publishes a standard; it hides small groups and names no one", async () => {
    const { publicOutcomes, setPublicOutcomes } = await import("@/lib/data/programs/standard-reports");
    const { org } = await insertFixture(FIXTURE);
    expect(await publicOutcomes(org.slug)).toBeNull();
    const admin = await createUser({ name: "Pat Publisher", learner: false });
    await db.membership.create({ data: { organizationId: org.id, userId: admin.id, role: "ADMIN" } });
    const actor = actorFor(admin, ["admin"], { admin: [org.id] });
    await setPublicOutcomes(actor, org.id, "ABHES", 10);
    const shown = await publicOutcomes(org.slug);
    expect(shown?.window.endYear).toBe(2026);
    const internal = await computeProgramStandard(org.id, "ABHES", 2026);
    for (const m of shown!.measures) {
      const full = internal.report.measures.find((x) => x.id === m.id)!;
      const n = full.kind === "rate" ? full.denominator : full.n;
      expect(m.shown.suppressed, m.id).toBe(n > 0 && n < 10);
      if (!m.shown.suppressed && full.kind === "rate") expect(m.shown.numerator).toBe(full.numerator);
    }
    await setPublicOutcomes(actor, org.id, "ABHES", 50);
    expect((await publicOutcomes(org.slug))!.measures.every((m) => m.shown.suppressed || m.shown.denominator === 0)).toBe(true);
    expect(JSON.stringify(await publicOutcomes(org.slug))).not.toMatch(/enrollment:|L0\d/);
    await setPublicOutcomes(actor, org.id, null, 10);
    expect(await publicOutcomes(org.slug)).toBeNull();
  });
});
