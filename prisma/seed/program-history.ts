// Demo history for Riverbend's outcomes trend: three finished (archived) cohorts that started
// in earlier quarters, with alumni whose exam attempts and jobs give the trend real points.
// Fixed dates, as the cohorts' names carry their terms. Alumni have no password (they never
// sign in to the demo) and no plan; archived cohorts leave the advisor roster, not outcomes.
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { addDays } from "../../lib/domain/dates";

type Attempts = "" | "P" | "F" | "FP";
/** Name, exam attempts (F failed, P passed), and a job: days after the cohort's end, in-field, salary. */
type Alumnus = [
  name: string,
  attempts: Attempts,
  job?: [daysAfterEnd: number, employer: string, title: string, inField: boolean, salary?: number],
];

interface PastCohort {
  name: string;
  path: "CODING" | "BILLING";
  credentialCode: "CPC" | "CPB";
  startDate: string;
  endDate: string;
  alumni: Alumnus[];
}

const CODER = "Medical Coder";
const BILLER = "Medical Biller";
const PAST_COHORTS: PastCohort[] = [
  {
    name: "Coding Certificate — Fall 2024",
    path: "CODING",
    credentialCode: "CPC",
    startDate: "2024-09-03",
    endDate: "2025-06-13",
    alumni: [
      ["Latoya Brooks", "P", [62, "Mercy Health", CODER, true, 43_500]],
      ["Daniel Okafor", "FP", [140, "OhioHealth", "Outpatient Coder", true, 41_000]],
      ["Megan Sato", "F"],
      ["Ricardo Alvarez", "P", [95, "Kroger", "Pharmacy Technician", false]],
      ["Hannah Ostrowski", "F"],
      ["Jamal Carter", ""],
    ],
  },
  {
    name: "Coding Certificate — Spring 2025",
    path: "CODING",
    credentialCode: "CPC",
    startDate: "2025-03-03",
    endDate: "2025-12-19",
    alumni: [
      ["Aisha Rahman", "P", [45, "Cleveland Clinic", CODER, true, 45_000]],
      ["Brandon Lee", "P", [70, "Premier Health", "Coding Specialist", true, 42_000]],
      ["Carmen Delgado", "FP", [150, "Mercy Health", "Outpatient Coder", true]],
      ["Ethan Walsh", "P", [88, "Optum", "Remote Coder", true, 44_000]],
      ["Fatima Noor", "F"],
      ["Grant Whitaker", "P", [120, "Kettering Health", "Coding Assistant", true, 39_500]],
      ["Imani Johnson", "F"],
      ["Kevin Tran", ""],
    ],
  },
  {
    name: "Billing Certificate — Fall 2025",
    path: "BILLING",
    credentialCode: "CPB",
    startDate: "2025-09-02",
    endDate: "2026-05-29",
    alumni: [
      ["Lena Fischer", "P", [30, "Riverbend Medical Group", BILLER, true, 40_000]],
      ["Marcus Bell", "P", [55, "TriHealth", "Patient Account Representative", true, 38_500]],
      ["Nadia Petrova", "FP", [110, "Ensemble Health Partners", "Claims Specialist", true]],
      ["Owen Mitchell", "P", [75, "Change Healthcare", "Payment Poster", true, 37_000]],
      ["Priya Desai", "P", [160, "Mercy Health", BILLER, true, 41_500]],
      ["Quinn Harper", "F"],
      ["Rosa Jimenez", ""],
    ],
  },
];

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const emailOf = (name: string) =>
  `${name
    .normalize("NFD")
    .replace(/[^A-Za-z ]/g, "")
    .toLowerCase()
    .replace(/ /g, ".")}@demo.chartpath.test`;

async function seedAlumnus(db: Db, cohortId: string, c: PastCohort, [name, attempts, job]: Alumnus) {
  const user = await db.user.create({ data: { email: emailOf(name), name, lastActiveAt: utc(addDays(c.endDate, job ? job[0] : 20)) } });
  await db.learnerProfile.create({
    data: {
      userId: user.id,
      path: c.path,
      credentialCode: c.credentialCode,
      routeCode: "CC_CERTIFICATE",
      startDate: utc(c.startDate),
      onboardingStep: 6,
      onboardedAt: utc(c.startDate),
    },
  });
  await db.cohortLearner.create({ data: { cohortId, userId: user.id, consentedAt: utc(c.startDate), joinedAt: utc(c.startDate) } });
  // First attempt three weeks after the cohort ends; a retake about two months later.
  const results = [...attempts].map((r, i) => ({
    result: r === "P" ? ("PASSED" as const) : ("FAILED" as const),
    takenOn: addDays(c.endDate, 21 + 56 * i),
  }));
  if (results.length > 0) {
    await db.examAttempt.createMany({
      data: results.map((a) => ({
        userId: user.id,
        credentialCode: c.credentialCode,
        takenOn: utc(a.takenOn),
        result: a.result,
        scorePercent: a.result === "PASSED" ? 74 : 63,
      })),
    });
    const passed = results.find((a) => a.result === "PASSED");
    await db.credentialGoal.create({
      data: {
        userId: user.id,
        credentialCode: c.credentialCode,
        examDate: utc(results[results.length - 1]!.takenOn),
        passedOn: passed ? utc(passed.takenOn) : null,
        apprentice: c.credentialCode === "CPC" && passed !== undefined,
      },
    });
  }
  if (job) {
    const [daysAfterEnd, employer, title, inField, salary] = job;
    await db.jobPlacement.create({
      data: {
        userId: user.id,
        employer,
        title,
        startDate: utc(addDays(c.endDate, daysAfterEnd)),
        inField,
        salaryUsd: salary ?? null,
        shareSalary: salary !== undefined,
        // Logged a few days into the job: when the program learned of it (NACE's cut-off reads this).
        createdAt: utc(addDays(c.endDate, daysAfterEnd + 4)),
      },
    });
  }
}

export async function seedProgramHistory(db: Db, ctx: FoundationSeed): Promise<void> {
  if (await db.cohort.findFirst({ where: { organizationId: ctx.org.id, name: PAST_COHORTS[0]!.name }, select: { id: true } })) return;
  for (const c of PAST_COHORTS) {
    const cohort = await db.cohort.create({
      data: {
        organizationId: ctx.org.id,
        name: c.name,
        path: c.path,
        credentialCode: c.credentialCode,
        startDate: utc(c.startDate),
        endDate: utc(c.endDate),
        targetExamDate: utc(addDays(c.endDate, 21)),
        joinCodeEnabled: false,
        // Finished cohorts are archived a month after they end: off the roster, still in outcomes.
        archivedAt: utc(addDays(c.endDate, 30)),
      },
    });
    for (const a of c.alumni) await seedAlumnus(db, cohort.id, c, a);
  }
}
