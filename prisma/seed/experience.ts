// Demo data for the experience log (issue 17): the demo learner already holds a COC-A (an
// outpatient coding pass about 14 months ago, before the CPC she is studying for now), did one
// externship (120 h, 70 % coding) and works a part-time billing job that is still going, so the
// credential page and the dashboard show route progress with an earliest date. Idempotent:
// skipped once the learner has any period. All names are demo data.
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { addDays, addMonths, fromUtcDate, toUtcDate } from "../../lib/domain/dates";

export async function seedExperience(db: Db, ctx: FoundationSeed): Promise<void> {
  const userId = ctx.learner.id;
  if (await db.experiencePeriod.findFirst({ where: { userId }, select: { id: true } })) return;
  const today = fromUtcDate(new Date());
  const passedOn = addMonths(today, -14);
  await db.credentialGoal.upsert({
    where: { userId_credentialCode: { userId, credentialCode: "COC" } },
    create: { userId, credentialCode: "COC", passedOn: toUtcDate(passedOn), apprentice: true, practicodeCases: 150, practicodeScore: 76 },
    update: {},
  });
  // AAPC's CEUs apply from the pass (apprentices too): a cycle about on track.
  await db.ceuEntry.createMany({
    data: [
      { userId, body: "AAPC", earnedOn: toUtcDate(addMonths(today, -10)), ceus: 10, title: "Local chapter meetings (demo)" },
      { userId, body: "AAPC", earnedOn: toUtcDate(addMonths(today, -3)), ceus: 12, title: "Outpatient coding webinar series (demo)" },
    ],
  });
  const externshipStart = addMonths(today, -12);
  await db.experiencePeriod.createMany({
    data: [
      {
        userId,
        kind: "EXTERNSHIP",
        organization: "Riverbend Outpatient Surgery Center (demo)",
        supervisorName: "Dana Ortiz, CPC",
        startedOn: toUtcDate(externshipStart),
        endedOn: toUtcDate(addDays(externshipStart, 41)),
        totalHours: 120,
        shareCoding: 70,
        tasks: "Charge entry and outpatient procedure coding under review; denial follow-up.",
      },
      {
        userId,
        kind: "JOB",
        organization: "Lakeside Family Practice (demo)",
        title: "Billing specialist (part-time)",
        startedOn: toUtcDate(addMonths(today, -9)),
        endedOn: null,
        hoursPerWeek: 24,
        shareCoding: 75,
        codeSets: ["CPT", "ICD10CM", "HCPCS"],
      },
      {
        userId,
        kind: "EDUCATION",
        organization: "Riverbend Community College (demo)",
        title: "Medical coding certificate: outpatient coding",
        contactHours: 96,
        certificateOn: toUtcDate(addMonths(today, -15)),
      },
    ],
  });
}
