// Outcomes match figures computed by hand on a small seeded cohort.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getOutcomes, getOutcomesReport } from "@/lib/data/programs/outcomes";
import { recordPlacement } from "@/lib/data/programs/placements";
import { AccessDeniedError, NotFoundError } from "@/lib/data/errors";
import { actorFor, createOrg, createUser } from "../../support/factories";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("program outcomes", () => {
  it("computes the funnel, pass and placement rates, medians and known outcomes", async () => {
    const org = await createOrg("Riverbend");
    const admin = await createUser({ learner: false });
    await db.membership.create({ data: { organizationId: org.id, userId: admin.id, role: "ADMIN" } });
    const cohort = await db.cohort.create({
      data: { organizationId: org.id, name: "Coding 2026", startDate: d("2026-01-05"), endDate: d("2026-09-30") },
    });
    const [l1, l2, l3, l4] = await Promise.all(["l1", "l2", "l3", "l4"].map((n) => createUser({ email: `${n}@example.test`, name: n })));
    for (const u of [l1!, l2!, l3!, l4!]) {
      await db.cohortLearner.create({
        data: { cohortId: cohort.id, userId: u.id, consentedAt: new Date(), leftAt: u === l4 ? new Date() : null },
      });
    }
    await db.learnerProfile.update({ where: { userId: l1!.id }, data: { path: "CODING" } });
    await db.learnerProfile.update({ where: { userId: l2!.id }, data: { path: "BILLING" } });
    await db.credentialGoal.create({ data: { userId: l1!.id, credentialCode: "CPC", examDate: d("2026-06-01") } });
    await db.examAttempt.createMany({
      data: [
        { userId: l1!.id, credentialCode: "CPC", takenOn: d("2026-06-01"), result: "FAILED" },
        { userId: l1!.id, credentialCode: "CPC", takenOn: d("2026-07-01"), result: "PASSED" },
        { userId: l2!.id, credentialCode: "CPB", takenOn: d("2026-06-15"), result: "PASSED" },
        { userId: l4!.id, credentialCode: "CPC", takenOn: d("2026-06-15"), result: "PASSED" },
      ],
    });
    await db.jobPlacement.create({
      data: {
        userId: l1!.id,
        employer: "Mercy Health",
        title: "Coder I",
        startDate: d("2026-10-15"),
        inField: true,
        salaryUsd: 45_000,
        shareSalary: true,
      },
    });
    await db.jobApplication.create({
      data: {
        userId: l2!.id,
        company: "Late Co",
        title: "Billing Specialist",
        roleType: "BILLING_SPECIALIST",
        workMode: "REMOTE",
        source: "INDEED",
        stage: "ACCEPTED",
        stageChangedAt: new Date("2027-05-01T12:00:00Z"),
      },
    });
    await db.invitation.createMany({
      data: [
        {
          organizationId: org.id,
          cohortId: cohort.id,
          email: "pending@example.test",
          role: "LEARNER",
          tokenHash: "h1",
          expiresAt: new Date(Date.now() + 1e9),
        },
        {
          organizationId: org.id,
          cohortId: cohort.id,
          email: "L3@example.test",
          role: "LEARNER",
          tokenHash: "h2",
          expiresAt: new Date(Date.now() + 1e9),
        },
      ],
    });

    const rows = await getOutcomes(actorFor(admin, ["admin"], { admin: [org.id] }), org.id);
    const c = rows.find((r) => r.cohortId === cohort.id)!;
    expect(c).toMatchObject({
      invited: 4,
      joined: 3,
      pathChosen: 2,
      examScheduled: 2,
      passed: 2,
      placed: 1,
      placedInField: 1,
      attempted: 2,
      passedFirstAttempt: 1,
      knownOutcome: 2,
      medianDaysToCertification: 169,
      medianStartingSalary: 45_000,
      salariesShared: 1,
    });
    const total = rows.find((r) => r.cohortId === null)!;
    expect(total).toMatchObject({ invited: 4, joined: 3, passed: 2, placed: 1 });
  });

  it("counts a learner in two cohorts once for the program and once in each cohort", async () => {
    const org = await createOrg("Twin Rivers");
    const admin = await createUser({ learner: false });
    await db.membership.create({ data: { organizationId: org.id, userId: admin.id, role: "ADMIN" } });
    const spring = await db.cohort.create({
      data: { organizationId: org.id, name: "Spring", startDate: d("2026-01-05"), endDate: d("2026-05-30") },
    });
    const fall = await db.cohort.create({
      data: { organizationId: org.id, name: "Fall", startDate: d("2026-08-01"), endDate: d("2026-12-15") },
    });
    const both = await createUser({ email: "both@example.test", name: "Both" });
    const only = await createUser({ email: "only@example.test", name: "Only" });
    for (const [cohortId, userId] of [
      [spring.id, both.id],
      [fall.id, both.id],
      [fall.id, only.id],
    ] as const) {
      await db.cohortLearner.create({ data: { cohortId, userId, consentedAt: new Date() } });
    }
    await db.examAttempt.create({ data: { userId: both.id, credentialCode: "CPC", takenOn: d("2026-09-10"), result: "PASSED" } });
    // Placed inside the fall window only (spring's window ended 180 days after May 30: Nov 26).
    await db.jobPlacement.create({
      data: {
        userId: both.id,
        employer: "Mercy",
        title: "Coder",
        startDate: d("2026-12-20"),
        inField: true,
        salaryUsd: 41_000,
        shareSalary: true,
      },
    });

    const rows = await getOutcomes(actorFor(admin, ["admin"], { admin: [org.id] }), org.id);
    expect(rows.find((r) => r.cohortId === spring.id)).toMatchObject({ joined: 1, passed: 1, placed: 0, attempted: 1, salariesShared: 1 });
    expect(rows.find((r) => r.cohortId === fall.id)).toMatchObject({ joined: 2, passed: 1, placed: 1, placedInField: 1, attempted: 1 });
    expect(rows.find((r) => r.cohortId === null)).toMatchObject({
      invited: 2,
      joined: 2,
      passed: 1,
      placed: 1,
      attempted: 1,
      knownOutcome: 1,
      salariesShared: 1,
      medianStartingSalary: 41_000,
    });
  });

  it("the page's cached report is checked per caller and refreshed by a learner's write", async () => {
    const org = await createOrg("Cached Program");
    const other = await createOrg("Other Program");
    const admin = await createUser({ learner: false });
    const outsider = await createUser({ learner: false });
    await db.membership.create({ data: { organizationId: org.id, userId: admin.id, role: "ADMIN" } });
    await db.membership.create({ data: { organizationId: other.id, userId: outsider.id, role: "ADMIN" } });
    const cohort = await db.cohort.create({
      data: { organizationId: org.id, name: "C1", startDate: d("2026-01-05"), endDate: d("2026-09-30") },
    });
    const learner = await createUser({ email: "cached@example.test", name: "Cached" });
    await db.cohortLearner.create({ data: { cohortId: cohort.id, userId: learner.id, consentedAt: new Date() } });
    const adminActor = actorFor(admin, ["admin"], { admin: [org.id] });

    const first = await getOutcomesReport(adminActor, org.id);
    expect(first.value.find((r) => r.cohortId === null)).toMatchObject({ joined: 1, placed: 0 });
    // Served from the cache: a row written behind the data layer's back is not seen yet...
    await db.jobPlacement.create({
      data: { userId: learner.id, employer: "Quiet Co", title: "Coder", startDate: d("2026-10-01"), inField: true },
    });
    expect((await getOutcomesReport(adminActor, org.id)).value.find((r) => r.cohortId === null)).toMatchObject({ placed: 0 });
    // ...but a write through the data layer drops it at once.
    await recordPlacement(actorFor(learner, ["learner"]), {
      employer: "Mercy",
      title: "Coder II",
      startDate: new Date("2026-11-01T00:00:00Z"),
      inField: true,
      shareSalary: false,
    });
    const after = await getOutcomesReport(adminActor, org.id);
    expect(after.value.find((r) => r.cohortId === null)).toMatchObject({ placed: 1 });
    expect(after.computedAt.getTime()).toBeGreaterThanOrEqual(first.computedAt.getTime());

    // Another program's admin (not found), an advisor and a learner (no admin role) are denied
    // even when the value is cached.
    await expect(getOutcomesReport(actorFor(outsider, ["admin"], { admin: [other.id] }), org.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getOutcomesReport(actorFor(admin, ["advisor"], { advisor: [org.id] }), org.id)).rejects.toBeInstanceOf(AccessDeniedError);
    await expect(getOutcomesReport(actorFor(learner, ["learner"]), org.id)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
