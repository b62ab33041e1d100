// The learner dashboard's readiness score (0–100): plan progress, practice exams, study time
// and credential status, each part with its points and a sentence saying why.
import { effectiveDueDate, formatPlanProgress, planProgress, type StoredMilestone } from "@/lib/domain/plan-progress";
import { passingPercentFor, readinessVerdict, type PracticeExamRecord, type ReadinessLevel } from "@/lib/domain/practice-exams";
import { studySummary, type StudySession } from "@/lib/domain/study";
import { isValidIsoDate } from "@/lib/domain/dates";
import { clamp, round, type IsoDate } from "@/lib/domain/types";

export type CredentialStatus = "NONE" | "PLANNED" | "SCHEDULED" | "FAILED" | "PASSED_APPRENTICE" | "ACTIVE" | "LAPSED";

export interface ReadinessInput {
  today: IsoDate;
  credentialCode: string | null;
  credentialStatus: CredentialStatus;
  examDate?: IsoDate | null;
  milestones: readonly Pick<StoredMilestone, "status" | "dueDate" | "customDueDate">[];
  exams: readonly PracticeExamRecord[];
  studySessions: readonly StudySession[];
  weeklyTargetHours: number;
}

export type ReadinessPartKey = "plan" | "practice" | "study" | "credential";

export interface ReadinessPart {
  key: ReadinessPartKey;
  label: string;
  points: number;
  max: number;
  explanation: string;
}

export interface ReadinessScore {
  total: number;
  parts: ReadinessPart[];
}

const PRACTICE_POINTS: Record<ReadinessLevel, number> = { NOT_STARTED: 0, BUILDING: 10, ALMOST: 27, READY: 35 };
const CREDENTIAL_POINTS: Record<CredentialStatus, [number, string]> = {
  NONE: [0, "Choose the credential you are working toward."],
  PLANNED: [3, "Credential chosen; schedule the exam when practice scores near the bar."],
  SCHEDULED: [8, "Exam scheduled: a fixed date keeps your study on track."],
  FAILED: [5, "An attempt is recorded; review your weakest sections and schedule a retake."],
  PASSED_APPRENTICE: [13, "Passed; apprentice status is next to remove."],
  ACTIVE: [15, "Certified; keep it current with CEUs."],
  LAPSED: [5, "Your credential has lapsed; contact the credentialing body to reinstate it."],
};

function planPart(input: ReadinessInput): ReadinessPart {
  const max = 30;
  const all = input.milestones.filter((m) => isValidIsoDate(effectiveDueDate(m)));
  if (all.length === 0)
    return { key: "plan", label: "Plan progress", points: 0, max, explanation: "Generate your plan to start tracking milestones." };
  const due = all.filter((m) => effectiveDueDate(m) <= input.today);
  const handled = due.filter((m) => m.status !== "OPEN").length;
  const overdue = due.filter((m) => m.status === "OPEN" && effectiveDueDate(m) < input.today).length;
  const progress = planProgress(input.milestones);
  const onTrack = due.length === 0 ? 1 : handled / due.length;
  // Two thirds for keeping up with what is due, one third for total progress.
  const points = Math.round(20 * onTrack + 10 * (progress.done / progress.total));
  const pace =
    due.length === 0
      ? "Nothing is due yet."
      : `${handled} of ${due.length} milestones due so far are done or skipped${overdue > 0 ? ` (${overdue} overdue)` : ""}.`;
  return { key: "plan", label: "Plan progress", points, max, explanation: `${pace} ${formatPlanProgress(progress)} overall.` };
}

function practicePart(input: ReadinessInput): ReadinessPart {
  const max = 35;
  const base = { key: "practice" as const, label: "Practice exams", max };
  if (input.credentialStatus === "ACTIVE" || input.credentialStatus === "PASSED_APPRENTICE") {
    return { ...base, points: max, explanation: "You passed the exam; practice scores no longer count against you." };
  }
  if (!input.credentialCode) return { ...base, points: 0, explanation: "Choose a credential to log practice exams against." };
  const verdict = readinessVerdict(input.exams, input.credentialCode, input.today, input.examDate);
  let points = PRACTICE_POINTS[verdict.level];
  if (verdict.level === "BUILDING" && verdict.recentAverage !== null) {
    // Within BUILDING, credit grows with the average up to the bar.
    points += Math.round(10 * clamp(verdict.recentAverage / passingPercentFor(input.credentialCode), 0, 1));
  }
  const label = { NOT_STARTED: "Not started", BUILDING: "Building", ALMOST: "Almost ready", READY: "Ready" }[verdict.level];
  return { ...base, points, explanation: `${label}. ${verdict.reasons[0] ?? ""}`.trim() };
}

function studyPart(input: ReadinessInput): ReadinessPart {
  const max = 20;
  const base = { key: "study" as const, label: "Study time", max };
  const summary = studySummary(input.studySessions, input.weeklyTargetHours, input.today, 4);
  if (!summary || summary.thisWeek.targetMinutes === 0)
    return { ...base, points: 0, explanation: "Set a weekly study target in your profile." };
  const target = summary.thisWeek.targetMinutes;
  const ratio = clamp(summary.averageMinutes / target, 0, 1);
  return {
    ...base,
    points: Math.round(max * ratio),
    explanation: `About ${round(summary.averageMinutes / 60, 1)} h a week over the last 4 weeks vs your ${round(target / 60, 1)} h target.`,
  };
}

function credentialPart(input: ReadinessInput): ReadinessPart {
  const [points, explanation] = CREDENTIAL_POINTS[input.credentialStatus] ?? CREDENTIAL_POINTS.NONE;
  return { key: "credential", label: "Credential", points, max: 15, explanation };
}

export function readinessScore(input: ReadinessInput): ReadinessScore {
  const parts = [planPart(input), practicePart(input), studyPart(input), credentialPart(input)];
  return {
    total: clamp(
      parts.reduce((s, p) => s + p.points, 0),
      0,
      100,
    ),
    parts,
  };
}
