// The weekly emails' rules (issue 15 §3): which week an email covers, who is on or off by
// default, and what changed on an advisor's roster since the last digest. The flags themselves
// are the roster's (lib/domain/at-risk.ts via lib/data/programs/roster.ts); nothing here
// decides who is at risk, it only compares two weeks of that one rule's answers.
import { addDays, isoWeekStart, isValidIsoDate } from "@/lib/domain/dates";
import type { FlagSeverity, RiskTier } from "@/lib/domain/at-risk";
import type { IsoDate } from "@/lib/domain/types";

export type WeeklyEmailKind = "ADVISOR_DIGEST" | "LEARNER_SUMMARY";

/** With no stored choice: advisors get the digest unless they turn it off; learners ask for the summary. */
export const WEEKLY_EMAIL_DEFAULTS: Record<WeeklyEmailKind, boolean> = { ADVISOR_DIGEST: true, LEARNER_SUMMARY: false };

export function weeklyEmailEnabled(kind: WeeklyEmailKind, stored: boolean | null | undefined): boolean {
  return stored ?? WEEKLY_EMAIL_DEFAULTS[kind];
}

/** Exams this close (days, today included) are listed as upcoming in the digest. */
export const UPCOMING_EXAM_DAYS = 14;

/**
 * The week an email covers, as the Monday (UTC) that starts it: the key of the one row per
 * person, kind and week, so a retry later the same week finds the row and sends nothing.
 */
export function weekOf(today: IsoDate): IsoDate {
  return isoWeekStart(today);
}

/** The last day (Sunday) of the week starting on `monday`. */
export function weekEnd(monday: IsoDate): IsoDate {
  return addDays(monday, 6);
}

/** What a digest row keeps: the learners flagged that week and their tier. */
export interface DigestSnapshot {
  flagged: { id: string; tier: FlagSeverity }[];
}

/** A stored snapshot read back defensively (JSON from the database); anything malformed counts as none. */
export function readDigestSnapshot(value: unknown): DigestSnapshot | null {
  if (typeof value !== "object" || value === null || !Array.isArray((value as { flagged?: unknown }).flagged)) return null;
  const flagged = ((value as { flagged: unknown[] }).flagged ?? []).flatMap((f) => {
    const { id, tier } = (f ?? {}) as { id?: unknown; tier?: unknown };
    return typeof id === "string" && (tier === "HIGH" || tier === "MEDIUM") ? [{ id, tier: tier as FlagSeverity }] : [];
  });
  return { flagged };
}

export interface DigestLearner {
  id: string;
  tier: RiskTier;
  examDate: string | null;
}

export interface DigestChanges<T extends DigestLearner> {
  /** Flagged now, not flagged in the previous snapshot (with no previous digest: everyone flagged). */
  newlyAtRisk: T[];
  /** Flagged in the previous snapshot, still on the roster and flagged no more. */
  recovered: T[];
  /** Still flagged from the previous snapshot: counted, not listed. */
  stillAtRisk: number;
  upcomingExams: T[];
  snapshot: DigestSnapshot;
}

/**
 * Compares this week's roster with the previous digest's snapshot. Only learners on the roster
 * now appear: someone who left the advisor's cohorts since is neither "recovered" nor listed.
 */
export function digestChanges<T extends DigestLearner>(
  roster: readonly T[],
  previous: DigestSnapshot | null,
  today: IsoDate,
): DigestChanges<T> {
  const before = new Set((previous?.flagged ?? []).map((f) => f.id));
  const flagged = roster.filter((r) => r.tier !== "NONE");
  return {
    newlyAtRisk: flagged.filter((r) => !before.has(r.id)),
    recovered: roster.filter((r) => r.tier === "NONE" && before.has(r.id)),
    stillAtRisk: flagged.filter((r) => before.has(r.id)).length,
    upcomingExams: upcomingExams(roster, today),
    snapshot: { flagged: flagged.map((r) => ({ id: r.id, tier: r.tier as FlagSeverity })) },
  };
}

/** Learners whose exam falls within UPCOMING_EXAM_DAYS of today (today included), soonest first. */
export function upcomingExams<T extends Pick<DigestLearner, "examDate">>(
  roster: readonly T[],
  today: IsoDate,
  days = UPCOMING_EXAM_DAYS,
): T[] {
  const last = addDays(today, days);
  return roster
    .filter((r) => r.examDate !== null && isValidIsoDate(r.examDate) && r.examDate >= today && r.examDate <= last)
    .sort((a, b) => (a.examDate ?? "").localeCompare(b.examDate ?? ""));
}

/**
 * Whether a digest is worth sending. A week with nobody newly at risk, nobody recovered and no
 * exam coming says nothing the advisor needs this Monday: a digest that arrives regardless
 * teaches people to ignore it (the roster still shows who remains flagged). The week's row is
 * kept either way, so next week compares with this week.
 */
export function digestHasNews(changes: Pick<DigestChanges<DigestLearner>, "newlyAtRisk" | "recovered" | "upcomingExams">): boolean {
  return changes.newlyAtRisk.length + changes.recovered.length + changes.upcomingExams.length > 0;
}
