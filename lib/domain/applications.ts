// Job-application pipeline: stages, dated stage history, and the funnel over a period.
// Any stage may move to any other (people un-ghost, reopen, skip steps); every move is kept
// in the history so the funnel and "days in stage" can be computed from it.
import { diffDays, isValidIsoDate } from "@/lib/domain/dates";
import { fail, ok, type IsoDate, type Result } from "@/lib/domain/types";

export const APPLICATION_STAGES = [
  "SAVED",
  "APPLIED",
  "INTERVIEWING",
  "OFFER",
  "ACCEPTED",
  "DECLINED",
  "REJECTED",
  "WITHDRAWN",
  "GHOSTED",
] as const;
export type ApplicationStage = (typeof APPLICATION_STAGES)[number];

export const APPLICATION_STAGE_LABELS: Readonly<Record<ApplicationStage, string>> = {
  SAVED: "Saved",
  APPLIED: "Applied",
  INTERVIEWING: "Interviewing",
  OFFER: "Offer",
  ACCEPTED: "Accepted",
  DECLINED: "Declined",
  REJECTED: "Rejected",
  WITHDRAWN: "Withdrawn",
  GHOSTED: "No response (ghosted)",
};

export const TERMINAL_STAGES: readonly ApplicationStage[] = ["ACCEPTED", "DECLINED", "REJECTED", "WITHDRAWN", "GHOSTED"];
/** Stages still in play (follow-ups count): every stage that is not terminal. */
export const OPEN_STAGES: readonly ApplicationStage[] = APPLICATION_STAGES.filter((s) => !TERMINAL_STAGES.includes(s));

export function isApplicationStage(value: unknown): value is ApplicationStage {
  return typeof value === "string" && (APPLICATION_STAGES as readonly string[]).includes(value);
}

export function isTerminal(stage: ApplicationStage): boolean {
  return TERMINAL_STAGES.includes(stage);
}

export interface StageChange {
  stage: ApplicationStage;
  on: IsoDate;
}

/** Every move is allowed except to the stage it is already in (that records nothing). */
export function canMoveTo(from: ApplicationStage | undefined, to: ApplicationStage): boolean {
  return from !== to;
}

/** Chronological history; same-day changes keep their recorded order. */
function sortedHistory(history: readonly StageChange[]): StageChange[] {
  return history
    .map((h, i) => ({ h, i }))
    .sort((a, b) => (a.h.on < b.h.on ? -1 : a.h.on > b.h.on ? 1 : a.i - b.i))
    .map((x) => x.h);
}

export function currentStage(history: readonly StageChange[]): ApplicationStage | undefined {
  return sortedHistory(history).at(-1)?.stage;
}

/** Appends a move, refusing unknown stages, bad dates, no-op moves and dates before the last move. */
export function moveToStage(history: readonly StageChange[], to: unknown, on: unknown): Result<StageChange[]> {
  if (!isApplicationStage(to)) return fail([{ field: "stage", message: "Choose a stage from the list." }]);
  if (!isValidIsoDate(on)) return fail([{ field: "on", message: "Enter a date as YYYY-MM-DD." }]);
  const sorted = sortedHistory(history);
  const last = sorted.at(-1);
  if (!canMoveTo(last?.stage, to))
    return fail([{ field: "stage", message: `The application is already at “${APPLICATION_STAGE_LABELS[to]}”.` }]);
  if (last && on < last.on) return fail([{ field: "on", message: `The date can't be before the last change (${last.on}).` }]);
  return ok([...sorted, { stage: to, on }]);
}

export function daysInCurrentStage(history: readonly StageChange[], today: IsoDate): number | undefined {
  const last = sortedHistory(history).at(-1);
  return last ? Math.max(0, diffDays(last.on, today)) : undefined;
}

export interface FunnelApplication {
  history: readonly StageChange[];
}

export interface FunnelPeriod {
  from: IsoDate;
  to: IsoDate;
}

export interface Funnel {
  period: FunnelPeriod;
  /** Applications in the period (see FUNNEL_DEFINITIONS). */
  total: number;
  /** Stage each application was in at the end of the period. */
  current: Record<ApplicationStage, number>;
  /** Applications that were ever in each stage by the end of the period. */
  reached: Record<ApplicationStage, number>;
  applied: number;
  responded: number;
  interviewed: number;
  offers: number;
  accepted: number;
  /** Fractions 0–1 of `applied`; null when nothing was applied for. */
  responseRate: number | null;
  interviewRate: number | null;
  offerRate: number | null;
  /** Median whole days spent in a stage, over stays that ended by the end of the period. */
  medianDaysInStage: Record<ApplicationStage, number | null>;
}

export const FUNNEL_DEFINITIONS: readonly string[] = [
  "An application belongs to the period by the date it was sent (first stage after Saved), or the date it was saved if it never was.",
  "Applied: reached any stage after Saved, except a withdrawal straight from Saved.",
  "Responded: the employer answered — Interviewing, Offer, Accepted, Declined or Rejected. Ghosted and withdrawn applications without those did not respond.",
  "Interviewed: reached Interviewing, Offer, Accepted or Declined. Offers: reached Offer, Accepted or Declined.",
  "Days in stage: from entering a stage to the next change; stays still open at the end of the period are not counted.",
];

const SENT: ReadonlySet<ApplicationStage> = new Set(["APPLIED", "INTERVIEWING", "OFFER", "ACCEPTED", "DECLINED", "REJECTED", "GHOSTED"]);
const RESPONSE: ReadonlySet<ApplicationStage> = new Set(["INTERVIEWING", "OFFER", "ACCEPTED", "DECLINED", "REJECTED"]);
const INTERVIEW: ReadonlySet<ApplicationStage> = new Set(["INTERVIEWING", "OFFER", "ACCEPTED", "DECLINED"]);
const OFFER: ReadonlySet<ApplicationStage> = new Set(["OFFER", "ACCEPTED", "DECLINED"]);

const perStage = <T>(value: () => T) => Object.fromEntries(APPLICATION_STAGES.map((s) => [s, value()])) as Record<ApplicationStage, T>;

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] ?? null) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

export function funnel(applications: readonly FunnelApplication[], period: FunnelPeriod): Funnel {
  const current = perStage(() => 0);
  const reached = perStage(() => 0);
  const stays = perStage((): number[] => []);
  let total = 0,
    applied = 0,
    responded = 0,
    interviewed = 0,
    offers = 0,
    accepted = 0;

  for (const app of applications) {
    // Changes after the period are ignored, so a report for a past period never changes.
    const history = sortedHistory(app.history).filter((h) => h.on <= period.to);
    const first = history[0];
    if (!first) continue;
    const anchor = history.find((h) => SENT.has(h.stage))?.on ?? first.on;
    if (anchor < period.from) continue;
    total += 1;
    const stages = new Set(history.map((h) => h.stage));
    for (const s of stages) reached[s] += 1;
    const last = history[history.length - 1];
    if (last) current[last.stage] += 1;
    history.forEach((h, i) => {
      const next = history[i + 1];
      if (next) stays[h.stage].push(diffDays(h.on, next.on));
    });
    const has = (set: ReadonlySet<ApplicationStage>) => [...stages].some((s) => set.has(s));
    if (!has(SENT)) continue;
    applied += 1;
    if (has(RESPONSE)) responded += 1;
    if (has(INTERVIEW)) interviewed += 1;
    if (has(OFFER)) offers += 1;
    if (stages.has("ACCEPTED")) accepted += 1;
  }

  const rate = (n: number) => (applied === 0 ? null : n / applied);
  const medianDaysInStage = perStage((): number | null => null);
  for (const s of APPLICATION_STAGES) medianDaysInStage[s] = median(stays[s]);
  return {
    period,
    total,
    current,
    reached,
    applied,
    responded,
    interviewed,
    offers,
    accepted,
    responseRate: rate(responded),
    interviewRate: rate(interviewed),
    offerRate: rate(offers),
    medianDaysInStage,
  };
}
