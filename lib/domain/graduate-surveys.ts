// Graduate survey rules (issue 16, item 3): which survey waves a graduate gets and when, when a
// sent survey is reminded and when its link expires, and the status staff see. Pure: the
// scheduler (lib/data/programs/graduate-surveys.ts) applies these to stored rows.
//
// Waves: at completion, +90 and +180 days after the graduation date, and NACE's first-destination
// cut-off. NACE's class year runs 1 July – 30 June and outcomes count as known if learned by the
// 31 December after the class year ends, so a graduate of 15 March 2026 (class year 2025–26) and
// one of 15 August 2025 (same class year) both have 31 December 2026 as the cut-off. The NACE wave
// is sent a month before the cut-off, and only if no other wave was answered or still open then.
import { addDays, diffDays } from "@/lib/domain/dates";
import type { IsoDate } from "@/lib/domain/types";

export const SURVEY_WAVES = ["AT_COMPLETION", "DAY_90", "DAY_180", "NACE_CUTOFF"] as const;
export type SurveyWave = (typeof SURVEY_WAVES)[number];

export const WAVE_LABELS: Record<SurveyWave, string> = {
  AT_COMPLETION: "At completion",
  DAY_90: "90 days after",
  DAY_180: "180 days after",
  NACE_CUTOFF: "NACE cut-off",
};

/** A link works this many days after it was first sent; reminders stop then too. */
export const SURVEY_EXPIRY_DAYS = 60;
/** Reminders go this many days after the first email: at most two. */
export const REMINDER_AFTER_DAYS = [7, 14] as const;
/** The NACE wave goes this many days before the cut-off, so an answer can still count. */
export const NACE_LEAD_DAYS = 30;
/** A NACE wave due this close to another wave is left out: that wave already asks. */
export const NACE_MIN_GAP_DAYS = 30;

/** 31 December after the end of the NACE class year (1 July – 30 June) the graduation falls in. */
export function naceCutoff(completedOn: IsoDate): IsoDate {
  const year = Number(completedOn.slice(0, 4));
  const month = Number(completedOn.slice(5, 7));
  const classYearEnds = month >= 7 ? year + 1 : year;
  return `${classYearEnds}-12-31`;
}

/** The first day each wave may be sent. */
export function waveDueDates(completedOn: IsoDate): Record<SurveyWave, IsoDate> {
  return {
    AT_COMPLETION: completedOn,
    DAY_90: addDays(completedOn, 90),
    DAY_180: addDays(completedOn, 180),
    NACE_CUTOFF: addDays(naceCutoff(completedOn), -NACE_LEAD_DAYS),
  };
}

/** Whether a graduate gets the NACE wave at all: not when another wave is due within 30 days of it. */
export function naceWaveApplies(completedOn: IsoDate): boolean {
  const due = waveDueDates(completedOn);
  return SURVEY_WAVES.every((o) => o === "NACE_CUTOFF" || Math.abs(diffDays(due[o], due.NACE_CUTOFF)) >= NACE_MIN_GAP_DAYS);
}

export interface ExistingWave {
  wave: SurveyWave;
  answered: boolean;
  /** Sent, unanswered and not expired on the day considered. */
  open: boolean;
}

/**
 * The waves to create and send today. A wave is sent from its due date until its window (the
 * link's lifetime) has passed, so a graduate recorded late gets the current wave, not a pile of
 * old ones; at most one wave per run (the latest due), and none while another is still open.
 */
export function wavesToSend(completedOn: IsoDate, today: IsoDate, existing: readonly ExistingWave[]): SurveyWave[] {
  if (existing.some((e) => e.open)) return [];
  const due = waveDueDates(completedOn);
  const have = new Set(existing.map((e) => e.wave));
  const inWindow = (w: SurveyWave) => due[w] <= today && diffDays(due[w], today) < SURVEY_EXPIRY_DAYS;
  const candidates = SURVEY_WAVES.filter((w) => !have.has(w) && inWindow(w)).filter((w) => {
    if (w !== "NACE_CUTOFF") return true;
    return !existing.some((e) => e.answered) && naceWaveApplies(completedOn);
  });
  const latest = candidates.sort((a, b) => (due[a] < due[b] ? 1 : due[a] > due[b] ? -1 : 0))[0];
  return latest ? [latest] : [];
}

export const expiresAtFor = (sentAt: Date) => new Date(sentAt.getTime() + SURVEY_EXPIRY_DAYS * 86_400_000);

export interface SentSurvey {
  sentAt: Date;
  remindersSent: number;
  answeredAt: Date | null;
  expiresAt: Date;
}

/** Whether the next reminder is due at `now`: unanswered, not expired, fewer than two sent. */
export function reminderDue(s: SentSurvey, now: Date): boolean {
  if (s.answeredAt || s.expiresAt <= now) return false;
  const after = REMINDER_AFTER_DAYS[s.remindersSent];
  return after !== undefined && s.sentAt.getTime() + after * 86_400_000 <= now.getTime();
}

export type SurveyStatus = "scheduled" | "sent" | "reminded" | "answered" | "expired";

export function surveyStatus(
  s: { sentAt: Date | null; remindersSent: number; answeredAt: Date | null; expiresAt: Date },
  now: Date,
): SurveyStatus {
  if (s.answeredAt) return "answered";
  if (!s.sentAt) return "scheduled";
  if (s.expiresAt <= now) return "expired";
  return s.remindersSent > 0 ? "reminded" : "sent";
}

/** A validated survey answer (lib/actions/programs/graduate-survey-schema.ts). */
export interface SurveyAnswer {
  outcome: "EMPLOYED" | "SELF_EMPLOYED" | "CONTINUING_EDUCATION" | "MILITARY" | "SERVICE" | "NOT_SEEKING" | "SEEKING";
  employer?: string;
  title?: string;
  startedOn?: IsoDate;
  hoursPerWeek?: number;
  field?: "IN_FIELD" | "RELATED" | "UNRELATED";
  salaryUsd?: number;
}

/** The checks that need the enrollment and today: a start date neither in the future nor before the enrollment began. */
export function answerDateErrors(a: SurveyAnswer, enrollmentStartedOn: IsoDate, today: IsoDate): Record<string, string[]> {
  if (!a.startedOn) return {};
  if (a.startedOn > today) return { startedOn: ["The start date can't be in the future."] };
  if (a.startedOn < enrollmentStartedOn)
    return { startedOn: [`The start date can't be before your program started (${enrollmentStartedOn}).`] };
  return {};
}
