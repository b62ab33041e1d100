// Practice-exam maths: score and pace of one attempt against the real exam, the trend over
// recent attempts, and a readiness verdict that explains itself. Bars come from exam-specs.
import { examSpecFor, realExamPace } from "@/lib/content/exam-specs";
import { diffDays, isValidIsoDate } from "@/lib/domain/dates";
import { isWholeNumber, round, type FieldError, type IsoDate, type Result } from "@/lib/domain/types";

export interface PracticeExamInput {
  questions: number;
  correct: number;
  minutes: number;
  credentialCode: string;
}

export interface PracticeExamRecord extends PracticeExamInput {
  date: IsoDate;
  /** When it was logged (ISO timestamp): orders attempts taken on the same day. */
  loggedAt?: string;
}

export type PaceVerdict = "ON_PACE" | "SLIGHTLY_SLOW" | "TOO_SLOW" | "NO_REFERENCE";

export interface PracticeExamScore {
  scorePercent: number;
  paceMinutesPerQuestion: number;
  /** null when the credential's exam format is not known. */
  realExamPace: number | null;
  paceVerdict: PaceVerdict;
  paceMessage: string;
  passingPercent: number;
  passed: boolean;
}

/** Practice bar when the body reports a scaled score (AHIMA) instead of a percentage. */
const DEFAULT_PASSING_PERCENT = 70;
/** Up to 15% slower than the real exam's pace still leaves time to review with practice. */
const SLIGHTLY_SLOW = 1.15;
const MAX_QUESTIONS = 500;
const MAX_MINUTES = 24 * 60;

export function passingPercentFor(credentialCode: string): number {
  return examSpecFor(credentialCode)?.passingPercent?.value ?? DEFAULT_PASSING_PERCENT;
}

export function validatePracticeExam(input: Partial<Record<keyof PracticeExamInput, unknown>>): FieldError[] {
  const errors: FieldError[] = [];
  const { questions, correct, minutes, credentialCode } = input;
  const questionsOk = isWholeNumber(questions) && questions >= 1 && questions <= MAX_QUESTIONS;
  if (!questionsOk) {
    errors.push({ field: "questions", message: `Questions must be a whole number from 1 to ${MAX_QUESTIONS}.` });
  }
  if (!isWholeNumber(correct) || correct < 0) {
    errors.push({ field: "correct", message: "Correct answers must be a whole number, 0 or more." });
  } else if (questionsOk && correct > questions) {
    errors.push({ field: "correct", message: "Correct answers cannot exceed the number of questions." });
  }
  if (!isWholeNumber(minutes) || minutes < 1 || minutes > MAX_MINUTES) {
    errors.push({ field: "minutes", message: `Minutes must be a whole number from 1 to ${MAX_MINUTES}.` });
  }
  if (typeof credentialCode !== "string" || credentialCode.trim() === "") {
    errors.push({ field: "credentialCode", message: "Choose the credential this exam practises for." });
  }
  return errors;
}

export function scorePracticeExam(input: PracticeExamInput): Result<PracticeExamScore> {
  const errors = validatePracticeExam(input);
  if (errors.length > 0) return { ok: false, errors };
  const spec = examSpecFor(input.credentialCode);
  const pace = input.minutes / input.questions;
  const real = spec ? realExamPace(spec) : null;
  const scorePercent = round((input.correct / input.questions) * 100, 1);
  const passingPercent = passingPercentFor(input.credentialCode);
  let paceVerdict: PaceVerdict = "NO_REFERENCE";
  let paceMessage = `${round(pace, 2)} min per question; no official pace is on file for ${input.credentialCode}.`;
  if (real !== null) {
    const ratio = pace / real;
    paceVerdict = ratio <= 1 ? "ON_PACE" : ratio <= SLIGHTLY_SLOW ? "SLIGHTLY_SLOW" : "TOO_SLOW";
    const vs = `${round(pace, 2)} min per question vs ${round(real, 2)} on the real ${input.credentialCode} exam`;
    paceMessage =
      paceVerdict === "ON_PACE"
        ? `On pace: ${vs}.`
        : paceVerdict === "SLIGHTLY_SLOW"
          ? `Slightly slow: ${vs}.`
          : `Too slow: ${vs}; at this pace you would not finish.`;
  }
  return {
    ok: true,
    value: {
      scorePercent,
      paceMinutesPerQuestion: round(pace, 2),
      realExamPace: real === null ? null : round(real, 2),
      paceVerdict,
      paceMessage,
      passingPercent,
      passed: scorePercent >= passingPercent,
    },
  };
}

export interface TrendPoint {
  date: IsoDate;
  scorePercent: number;
}

export interface PracticeTrend {
  points: TrendPoint[];
  /** Percentage points per attempt (least squares over the points). */
  slope: number;
  direction: "UP" | "DOWN" | "FLAT" | "INSUFFICIENT";
}

/** Attempts in the order they were taken: by date, then by the time they were logged. */
function validRecords(exams: readonly PracticeExamRecord[]): PracticeExamRecord[] {
  // Stored rows were validated on the way in; anything odd is skipped rather than crashing a chart.
  return exams
    .filter((e) => isValidIsoDate(e.date) && validatePracticeExam(e).length === 0)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => a.e.date.localeCompare(b.e.date) || (a.e.loggedAt ?? "").localeCompare(b.e.loggedAt ?? "") || a.i - b.i)
    .map(({ e }) => e);
}

export function practiceTrend(exams: readonly PracticeExamRecord[], lastN = 5): PracticeTrend {
  const n = Number.isInteger(lastN) && lastN >= 2 ? lastN : 2;
  const points = validRecords(exams)
    .slice(-n)
    .map((e) => ({ date: e.date, scorePercent: round((e.correct / e.questions) * 100, 1) }));
  if (points.length < 2) return { points, slope: 0, direction: "INSUFFICIENT" };
  const meanX = (points.length - 1) / 2;
  const meanY = points.reduce((s, p) => s + p.scorePercent, 0) / points.length;
  let num = 0;
  let den = 0;
  points.forEach((p, x) => {
    num += (x - meanX) * (p.scorePercent - meanY);
    den += (x - meanX) ** 2;
  });
  const slope = round(num / den, 2);
  return { points, slope, direction: slope >= 1 ? "UP" : slope <= -1 ? "DOWN" : "FLAT" };
}

export type ReadinessLevel = "NOT_STARTED" | "BUILDING" | "ALMOST" | "READY";

export interface ReadinessVerdict {
  level: ReadinessLevel;
  reasons: string[];
  recentAverage: number | null;
  attempts: number;
}

/** How many recent attempts the verdict averages, and how many READY needs. */
export const RECENT_ATTEMPTS = 3;
/** READY asks for a margin over the bar: practice scores run a little above real ones. */
const READY_MARGIN = 5;

export interface PracticeAverage {
  /** Mean score of the last RECENT_ATTEMPTS attempts, to one decimal; null with none. */
  average: number | null;
  /** The attempts averaged (at most RECENT_ATTEMPTS), oldest first. */
  recent: PracticeExamRecord[];
  /** All attempts for the credential up to today. */
  attempts: number;
  passingPercent: number;
}

/**
 * The one definition of "practice average" every role sees (dashboard, drill-down, roster,
 * at-risk flag): the unweighted mean of the learner's last RECENT_ATTEMPTS practice exams for
 * the target credential taken up to today (by date, then time logged), rounded to one decimal.
 */
export function practiceAverage(exams: readonly PracticeExamRecord[], credentialCode: string, today: IsoDate): PracticeAverage {
  const mine = validRecords(exams).filter((e) => e.credentialCode === credentialCode && e.date <= today);
  const recent = mine.slice(-RECENT_ATTEMPTS);
  const average = recent.length === 0 ? null : round(recent.reduce((s, e) => s + (e.correct / e.questions) * 100, 0) / recent.length, 1);
  return { average, recent, attempts: mine.length, passingPercent: passingPercentFor(credentialCode) };
}

export function readinessVerdict(
  exams: readonly PracticeExamRecord[],
  credentialCode: string,
  today: IsoDate,
  examDate?: IsoDate | null,
): ReadinessVerdict {
  const bar = passingPercentFor(credentialCode);
  const mine = validRecords(exams).filter((e) => e.credentialCode === credentialCode && e.date <= today);
  const daysToExam = examDate && isValidIsoDate(examDate) && isValidIsoDate(today) ? diffDays(today, examDate) : null;
  const { average, recent } = practiceAverage(mine, credentialCode, today);
  if (average === null) {
    return {
      level: "NOT_STARTED",
      attempts: 0,
      recentAverage: null,
      reasons: [`No ${credentialCode} practice exams yet: take a full, timed one to get a baseline.`],
    };
  }
  const scores = recent.map((e) => (e.correct / e.questions) * 100);
  const paces = recent.map((e) => scorePracticeExam(e)).flatMap((r) => (r.ok ? [r.value] : []));
  const onPace = paces.every((p) => p.paceVerdict === "ON_PACE" || p.paceVerdict === "NO_REFERENCE");
  const nearlyOnPace = paces.every((p) => p.paceVerdict !== "TOO_SLOW");
  const reasons = [`Average of your last ${recent.length} ${credentialCode} attempt(s): ${average}% (passing bar ${bar}%).`];

  let level: ReadinessLevel = "BUILDING";
  const allAbove = scores.every((s) => s >= bar);
  if (recent.length >= RECENT_ATTEMPTS && average >= bar + READY_MARGIN && allAbove && onPace) level = "READY";
  else if (average >= bar && nearlyOnPace) level = "ALMOST";

  if (average < bar) reasons.push(`Below the bar by ${round(bar - average, 1)} points.`);
  else if (average < bar + READY_MARGIN) reasons.push(`Above the bar, but by less than ${READY_MARGIN} points.`);
  if (!allAbove && average >= bar) reasons.push("At least one recent attempt was under the bar.");
  if (!onPace)
    reasons.push(nearlyOnPace ? "Your pace is slightly slower than the real exam's." : "Your pace is too slow to finish the real exam.");
  if (recent.length < RECENT_ATTEMPTS)
    reasons.push(`Only ${recent.length} attempt(s); ${RECENT_ATTEMPTS} recent ones give a reliable picture.`);
  if (level === "READY") reasons.push("Consistently above the bar at exam pace.");
  const trend = practiceTrend(mine);
  if (trend.direction === "UP" || trend.direction === "DOWN")
    reasons.push(`Trend: ${trend.direction === "UP" ? "improving" : "falling"} by about ${Math.abs(trend.slope)} points per attempt.`);
  if (daysToExam !== null && daysToExam >= 0 && daysToExam <= 30 && level !== "READY") {
    reasons.push(`Your exam is in ${daysToExam} day(s); if scores stay under the bar, consider rescheduling.`);
  }
  return { level, reasons, recentAverage: average, attempts: mine.length };
}
