// Demo data for the learner journey: the demo learner's full, realistic journey relative to
// today — quiz attempts, a CPC plan started about 6 months ago (9 months at 12 h/week) with done/skipped/open/overdue
// milestones, a shortlist, practice exams trending 60%→78%, 8 weeks of study, an exam date
// about 5 weeks ahead and growth goals. Idempotent: skipped when the learner has a plan.
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { scoreFitQuiz } from "../../lib/domain/fit-quiz";
import { generatePlan } from "../../lib/domain/plan";
import { getTrainingRoute } from "../../lib/content/training-routes";
import { addDays, addMonths, fromUtcDate, toUtcDate } from "../../lib/domain/dates";

const d = (iso: string) => toUtcDate(iso);

export async function seedLearnerJourney(db: Db, ctx: FoundationSeed): Promise<void> {
  const userId = ctx.learner.id;
  if (await db.learnerPlan.findUnique({ where: { userId }, select: { userId: true } })) return;
  const today = fromUtcDate(new Date());
  const start = addMonths(today, -6);

  // Two quiz attempts: unsure at first, clearly coding on the retake.
  const attempts = [
    {
      at: addDays(start, -20),
      answers: {
        "checklist-detail": 4,
        "checklist-phone": 3,
        "checklist-anatomy": 4,
        "checklist-follow-up": 3,
        "checklist-specialize": 3,
        "checklist-start-soon": 3,
        "scale-interest": 3,
        "scale-work-style": 2,
        "scale-communication": 3,
        "scale-specialization": 3,
        "scale-timeline": 3,
      },
    },
    {
      at: addDays(start, -12),
      answers: {
        "checklist-detail": 5,
        "checklist-phone": 2,
        "checklist-anatomy": 5,
        "checklist-follow-up": 2,
        "checklist-specialize": 4,
        "checklist-start-soon": 2,
        "scale-interest": 1,
        "scale-work-style": 1,
        "scale-communication": 2,
        "scale-specialization": 2,
        "scale-timeline": 2,
      },
    },
  ];
  for (const a of attempts) {
    const scored = scoreFitQuiz(a.answers);
    if (!scored.ok) throw new Error("demo quiz answers are invalid");
    await db.fitQuizAttempt.create({
      data: {
        userId,
        answers: a.answers,
        recommendation: scored.value.recommendation,
        confidence: scored.value.confidence,
        result: scored.value as unknown as object,
        createdAt: d(a.at),
      },
    });
  }

  const planned = generatePlan({
    path: "CODING",
    credentialCode: "CPC",
    routeMonths: getTrainingRoute("CC_CERTIFICATE").durationMonths.value,
    startDate: start,
    weeklyHours: 12,
    persona: "CAREER_CHANGER",
  });
  if (!planned.ok) throw new Error("demo plan failed to generate");
  const plan = planned.value;
  const examDate = addDays(today, 35);
  await db.learnerProfile.update({ where: { userId }, data: { startDate: d(start), routeCode: "CC_CERTIFICATE", weeklyHours: 12 } });
  await db.learnerPlan.create({
    data: {
      userId,
      path: "CODING",
      credentialCode: "CPC",
      routeCode: "CC_CERTIFICATE",
      persona: "CAREER_CHANGER",
      startDate: d(start),
      weeklyHours: 12,
      totalMonths: plan.totalMonths,
      endDate: d(plan.endDate),
      targetExamDate: plan.targetExamDate ? d(plan.targetExamDate) : null,
      generatedAt: d(start),
    },
  });
  const past = plan.milestones.filter((m) => m.dueDate < today);
  await db.planMilestone.createMany({
    data: plan.milestones.map((m, i) => {
      const recent = m.dueDate >= addDays(today, -45);
      // Older milestones done (one skipped); the last month's still open, so some are overdue.
      // Booking the exam and the practice scores complete their milestones and re-date "Sit the
      // exam" through the plan's own rule (seedDemo reconciles every plan), not by hand here.
      const status = m.dueDate >= today || recent ? "OPEN" : i === 1 ? "SKIPPED" : "DONE";
      const redated = m.key === past[past.length - 1]?.key ? addDays(today, 10) : null;
      return {
        userId,
        key: m.key,
        phase: m.phase,
        title: m.title,
        description: m.description,
        kind: m.kind,
        dueDate: d(m.dueDate),
        customDueDate: redated ? d(redated) : null,
        status,
        completedAt: status === "DONE" ? d(addDays(m.dueDate, -1)) : null,
      };
    }),
  });

  await db.credentialGoal.create({ data: { userId, credentialCode: "CPC", examDate: d(examDate) } });

  await db.shortlistedProgram.createMany({
    data: [
      {
        userId,
        name: "Riverbend CC — Medical Coding Certificate",
        routeCode: "CC_CERTIFICATE",
        accreditation: "Regionally accredited college; AAPC-approved curriculum",
        instructorCredentials: "CPC, CCS, RHIT",
        examPassRate: 78,
        placementRate: 64,
        externship: true,
        placementHelp: true,
        costUsd: 4200,
        durationMonths: 12,
        notes: "Evening classes; advisor assigned per cohort.",
      },
      {
        userId,
        name: "Lakeside Online Coding Academy",
        routeCode: "SELF_PACED_ONLINE",
        accreditation: "Not stated — asked by email",
        instructorCredentials: "CPC",
        examPassRate: null,
        placementRate: null,
        externship: false,
        placementHelp: true,
        costUsd: 2400,
        durationMonths: 6,
        notes: "Cheaper, but would not share pass rates.",
      },
      {
        userId,
        name: "AAPC CPC online prep course",
        routeCode: "PREP_COURSE",
        accreditation: "AAPC",
        instructorCredentials: "AAPC-certified instructors",
        externship: false,
        placementHelp: false,
        costUsd: 2995,
        durationMonths: 4,
        notes: "Counts as the 80-hour course toward removing the CPC-A.",
      },
    ],
  });

  // Eight practice exams over ten weeks, 60% → 78%, getting faster.
  const scores = [60, 63, 62, 67, 70, 72, 75, 78];
  const minutes = [262, 258, 255, 250, 246, 240, 236, 231];
  await db.practiceExam.createMany({
    data: scores.map((correct, i) => ({
      userId,
      credentialCode: "CPC",
      questions: 100,
      correct,
      minutes: minutes[i]!,
      takenOn: d(addDays(today, -70 + i * 9)),
    })),
  });

  const topics = [
    "ICD-10-CM guidelines",
    "CPT surgery section",
    "E/M leveling",
    "Modifiers",
    "HCPCS Level II",
    "Anatomy review",
    "Timed practice questions",
  ];
  const sessions = [];
  for (let day = 56; day >= 1; day--) {
    const weekday = toUtcDate(addDays(today, -day)).getUTCDay();
    // Four sessions most weeks: some weeks meet the 12 h target, some fall a little short.
    if (![1, 3, 4, 6].includes(weekday)) continue;
    sessions.push({ userId, studiedOn: d(addDays(today, -day)), minutes: 130 + ((day * 37) % 110), topic: topics[day % topics.length]! });
  }
  await db.studySession.createMany({ data: sessions });

  await db.growthGoal.createMany({
    data: [
      {
        userId,
        goalKey: "coding-remove-apprentice",
        title: "Remove apprentice status",
        horizon: "SHORT_TERM",
        targetDate: d(addMonths(today, 14)),
      },
      {
        userId,
        goalKey: "coding-specialty-credential",
        title: "Add a specialty credential",
        horizon: "SHORT_TERM",
        targetDate: d(addMonths(today, 24)),
      },
      { userId, goalKey: "coding-auditor", title: "Move into auditing", horizon: "LONG_TERM" },
    ],
  });
}
