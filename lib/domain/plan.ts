// Generates the dated learning plan: the guide's four phases scaled to the route's length and
// the learner's weekly hours, template milestones dated inside each phase, and the persona's
// 30-60-90 day plan. Merging a regenerated plan and progress queries live in plan-progress.ts
// and are re-exported here, so callers import the whole plan API from one module.
import { passingBarPhrase } from "@/lib/content/exam-specs";
import { MILESTONE_TEMPLATES, PHASES } from "@/lib/content/plan-templates";
import { ACTION_MILESTONES, DECIDE_PATH, THIRTY_SIXTY_NINETY } from "@/lib/content/thirty-sixty-ninety";
import { addDays, addFractionalMonths, diffDays, isValidIsoDate } from "@/lib/domain/dates";
import { isValidRouteRange, planLength, MAX_ROUTE_MONTHS, MIN_ROUTE_MONTHS, type MonthRange } from "@/lib/domain/plan-length";
import {
  PERSONAS,
  clamp,
  isFiniteNumber,
  round,
  type CareerPath,
  type FieldError,
  type IsoDate,
  type MilestoneKind,
  type Persona,
  type PhaseKey,
  type Result,
} from "@/lib/domain/types";

export {
  currentPhaseKey,
  dashboardTasks,
  effectiveDueDate,
  formatPlanProgress,
  phaseState,
  planProgress,
  isOverdue,
  mergeRegeneratedPlan,
  nextActions,
} from "@/lib/domain/plan-progress";
export { BASELINE_WEEKLY_HOURS, MAX_ROUTE_MONTHS, MIN_ROUTE_MONTHS, planLength } from "@/lib/domain/plan-length";
export type { MonthRange, PlanLength } from "@/lib/domain/plan-length";
export type { DashboardTasks, NextAction, PhasePosition, PlanMerge, PlanProgress, StoredMilestone } from "@/lib/domain/plan-progress";

export interface PlanInput {
  path: CareerPath;
  credentialCode: string;
  /** The training route's duration range (content's durationMonths); the plan stays inside it. */
  routeMonths: MonthRange;
  startDate: IsoDate;
  weeklyHours: number;
  persona: Persona;
}

export interface PlanPhase {
  key: PhaseKey;
  title: string;
  startDate: IsoDate;
  /** Inclusive: the last day of the phase. */
  endDate: IsoDate;
  months: number;
}

export interface GeneratedMilestone {
  /** `PHASE:templateId`, stable across regenerations so completed work can be matched. */
  key: string;
  phase: PhaseKey;
  title: string;
  description: string;
  kind: MilestoneKind;
  dueDate: IsoDate;
}

export interface DatedBlock {
  label: string;
  startDate: IsoDate;
  endDate: IsoDate;
  actions: readonly string[];
}

export interface Plan {
  totalMonths: number;
  startDate: IsoDate;
  endDate: IsoDate;
  phases: PlanPhase[];
  milestones: GeneratedMilestone[];
  targetExamDate: IsoDate | null;
  thirtySixtyNinety: DatedBlock[];
  notes: string[];
}

/** Beyond 12 months, exam prep and job hunt keep the guide's 3 months; coursework takes the rest. */
const GUIDE_PHASE_MONTHS = 3;

export function validatePlanInput(input: Partial<Record<keyof PlanInput, unknown>>): FieldError[] {
  const errors: FieldError[] = [];
  if (input.path !== "CODING" && input.path !== "BILLING") errors.push({ field: "path", message: "Choose coding or billing." });
  if (typeof input.credentialCode !== "string" || !/^[A-Z][A-Z-]{1,11}$/.test(input.credentialCode)) {
    errors.push({ field: "credentialCode", message: "Choose a credential." });
  }
  if (!isValidRouteRange(input.routeMonths)) {
    errors.push({ field: "routeMonths", message: `A route runs between ${MIN_ROUTE_MONTHS} and ${MAX_ROUTE_MONTHS} whole months.` });
  }
  if (!isValidIsoDate(input.startDate)) errors.push({ field: "startDate", message: "Enter a valid start date." });
  if (!isFiniteNumber(input.weeklyHours) || input.weeklyHours < 1 || input.weeklyHours > 80) {
    errors.push({ field: "weeklyHours", message: "Weekly study hours must be between 1 and 80." });
  }
  if (!PERSONAS.includes(input.persona as Persona)) errors.push({ field: "persona", message: "Choose a persona." });
  return errors;
}

/** Months per phase, in phase order. */
export function phaseMonths(totalMonths: number): [number, number, number, number] {
  if (totalMonths <= 12) {
    const q = totalMonths / 4;
    return [q, q, q, q];
  }
  const coursework = (totalMonths - 2 * GUIDE_PHASE_MONTHS) / 2;
  return [coursework, coursework, GUIDE_PHASE_MONTHS, GUIDE_PHASE_MONTHS];
}

export function generatePlan(input: PlanInput): Result<Plan> {
  const errors = validatePlanInput(input);
  if (errors.length > 0) return { ok: false, errors };
  const length = planLength(input.routeMonths, input.weeklyHours);
  const notes = [length.note];
  const totalMonths = length.months;

  const lengths = phaseMonths(totalMonths);
  const phases: PlanPhase[] = [];
  let offset = 0;
  PHASES.forEach((template, i) => {
    const length = lengths[i] ?? 0;
    const start = addFractionalMonths(input.startDate, offset);
    offset += length;
    const nextStart = addFractionalMonths(input.startDate, offset);
    phases.push({ key: template.key, title: template.title, startDate: start, endDate: addDays(nextStart, -1), months: round(length, 2) });
  });

  const milestones = datedMilestones(input.path, input.credentialCode, phases);
  const exam = milestones.find((m) => m.key === "EXAM_PREP:sit-exam");
  const last = phases[phases.length - 1];
  return {
    ok: true,
    value: {
      totalMonths,
      startDate: input.startDate,
      endDate: last?.endDate ?? input.startDate,
      phases,
      milestones,
      targetExamDate: exam?.dueDate ?? null,
      thirtySixtyNinety: thirtySixtyNinety(input.persona, input.startDate, input.path),
      notes,
    },
  };
}

/** Template placeholders: the credential code and its passing bar (never a blanket 70%). */
function fill(text: string, credential: string): string {
  const bar = passingBarPhrase(credential);
  return text.replaceAll("{credential}", credential).replaceAll("{passingBar}", bar.short).replaceAll("{passingNote}", bar.note);
}

function datedMilestones(path: CareerPath, credential: string, phases: PlanPhase[]): GeneratedMilestone[] {
  const dated = MILESTONE_TEMPLATES.filter(
    (t) => t.paths.includes(path) && (t.credentials === undefined || t.credentials.includes(credential)),
  ).flatMap((t, order) => {
    const phase = phases.find((p) => p.key === t.phase);
    if (!phase) return [];
    const span = diffDays(phase.startDate, phase.endDate);
    const milestone: GeneratedMilestone = {
      key: `${t.phase}:${t.id}`,
      phase: t.phase,
      kind: t.kind,
      title: fill(t.title, credential),
      description: fill(t.description, credential),
      dueDate: addDays(phase.startDate, Math.round(clamp(t.at, 0, 1) * span)),
    };
    return [{ milestone, order }];
  });
  // Date order for display; template order breaks ties so output is deterministic.
  dated.sort((a, b) => a.milestone.dueDate.localeCompare(b.milestone.dueDate) || a.order - b.order);
  return dated.map((d) => d.milestone);
}

/** Whether a 30-60-90 action still applies once the learner has chosen `path`. */
function actionApplies(action: string, path: CareerPath | null): boolean {
  if (path === null) return true;
  if (action === DECIDE_PATH) return false;
  const milestone = ACTION_MILESTONES[action];
  return milestone === undefined || MILESTONE_TEMPLATES.some((t) => t.id === milestone && t.paths.includes(path));
}

/** The persona's 30-60-90 day plan dated from the start date (days 1–30, 31–60, 61–90),
 *  without steps already decided (a chosen path) or that the path's plan does not have. */
export function thirtySixtyNinety(persona: Persona, startDate: IsoDate, path: CareerPath | null = null): DatedBlock[] {
  const plan = THIRTY_SIXTY_NINETY.find((p) => p.persona === persona) ?? THIRTY_SIXTY_NINETY.find((p) => p.persona === "OTHER");
  if (!plan) return [];
  return plan.blocks.map((actions, i) => ({
    label: `Days ${i * 30 + 1}–${(i + 1) * 30}`,
    startDate: addDays(startDate, i * 30),
    endDate: addDays(startDate, i * 30 + 29),
    actions: actions.filter((a) => actionApplies(a, path)),
  }));
}
