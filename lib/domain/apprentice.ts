// Progress toward removing AAPC apprentice status (CPC-A) by each route AAPC allows:
// 2 years' coding experience; 1 year plus the 80-contact-hour course or Practicode; or the
// course plus Practicode (600 cases at 70%+). The numbers come from lib/content/ceu-rules. Callers with an
// experience log pass its qualifying months and contact hours (lib/domain/experience-progress).
import { CPC_APPRENTICE_RULE } from "@/lib/content/ceu-rules";
import { isFiniteNumber, isWholeNumber, round, type FieldError, type Result } from "@/lib/domain/types";

export type ApprenticeRoute = "EXPERIENCE" | "EXPERIENCE_AND_COURSE" | "COURSE_AND_PRACTICODE" | "EXPERIENCE_AND_PRACTICODE";

export interface ApprenticeInput {
  /** Months of coding experience an employer can confirm in a letter. */
  monthsExperience: number;
  has80HourCourse: boolean;
  /** Completed contact hours of coding education from the log; the course counts once they reach the rule's hours. */
  contactHours?: number;
  practicodeCases: number;
  /** Practicode score in percent, 0–100; ignored when no cases are done. */
  practicodeScore: number | null;
}

export interface RouteProgress {
  route: ApprenticeRoute;
  label: string;
  met: boolean;
  /** 0..1, the average of the route's requirements. */
  progress: number;
  missing: string[];
}

export interface ApprenticeProgress {
  anyMet: boolean;
  /** The met route, or the closest one. */
  best: RouteProgress;
  routes: RouteProgress[];
}

function validate(input: ApprenticeInput): FieldError[] {
  const errors: FieldError[] = [];
  if (!isFiniteNumber(input.monthsExperience) || input.monthsExperience < 0 || input.monthsExperience > 600) {
    errors.push({ field: "monthsExperience", message: "Months of experience must be 0 or more." });
  }
  if (input.contactHours !== undefined && (!isFiniteNumber(input.contactHours) || input.contactHours < 0))
    errors.push({ field: "contactHours", message: "Contact hours must be 0 or more." });
  if (typeof input.has80HourCourse !== "boolean")
    errors.push({ field: "has80HourCourse", message: "Say whether you completed the course." });
  if (!isWholeNumber(input.practicodeCases) || input.practicodeCases < 0) {
    errors.push({ field: "practicodeCases", message: "Practicode cases must be a whole number, 0 or more." });
  }
  const score = input.practicodeScore;
  if (score !== null && (!isFiniteNumber(score) || score < 0 || score > 100)) {
    errors.push({ field: "practicodeScore", message: "The Practicode score is a percentage from 0 to 100." });
  }
  return errors;
}

function route(r: ApprenticeRoute, label: string, parts: { done: number; missing: string | null }[]): RouteProgress {
  const progress = round(parts.reduce((s, p) => s + p.done, 0) / parts.length, 3);
  const missing = parts.flatMap((p) => (p.missing ? [p.missing] : []));
  return { route: r, label, met: missing.length === 0, progress, missing };
}

export function apprenticeRemovalProgress(input: ApprenticeInput): Result<ApprenticeProgress> {
  const errors = validate(input);
  if (errors.length > 0) return { ok: false, errors };
  const rule = CPC_APPRENTICE_RULE.value;
  const months = input.monthsExperience;
  const experience = (need: number) => ({
    done: Math.min(1, months / need),
    missing: months >= need ? null : `${round(need - months, 1)} more month(s) of coding experience confirmed by employer letters`,
  });
  const hours = input.contactHours ?? 0;
  const courseDone = input.has80HourCourse || hours >= rule.courseContactHours;
  const course = {
    done: courseDone ? 1 : Math.min(1, hours / rule.courseContactHours),
    missing: courseDone
      ? null
      : hours > 0
        ? `${rule.courseContactHours - hours} more contact hours of a coding preparation course (completed)`
        : `Complete an ${rule.courseContactHours}-contact-hour CPC preparation course`,
  };
  const cases = input.practicodeCases;
  const score = cases > 0 ? input.practicodeScore : null;
  const practicodeCases = {
    done: Math.min(1, cases / rule.practicodeCases),
    missing: cases >= rule.practicodeCases ? null : `${rule.practicodeCases - cases} more Practicode case(s)`,
  };
  const practicodeScore = {
    done: score === null ? 0 : Math.min(1, score / rule.practicodeMinScore),
    missing:
      score !== null && score >= rule.practicodeMinScore
        ? null
        : score === null
          ? `A Practicode score of ${rule.practicodeMinScore}% or more`
          : `Raise your Practicode score from ${score}% to ${rule.practicodeMinScore}%`,
  };

  const routes = [
    route("EXPERIENCE", "Two years' coding experience", [experience(rule.experienceMonthsAlone)]),
    route("EXPERIENCE_AND_COURSE", "One year's experience plus the 80-hour course", [experience(rule.experienceMonthsWithCourse), course]),
    route("COURSE_AND_PRACTICODE", "The 80-hour course plus Practicode", [course, practicodeCases, practicodeScore]),
    // AAPC's option 2 takes the year's letter with either the course or Practicode.
    route("EXPERIENCE_AND_PRACTICODE", "One year's experience plus Practicode", [
      experience(rule.experienceMonthsWithCourse),
      practicodeCases,
      practicodeScore,
    ]),
  ];
  const best = routes.find((r) => r.met) ?? [...routes].sort((a, b) => b.progress - a.progress)[0] ?? routes[0];
  if (!best) return { ok: false, errors: [{ field: "routes", message: "No apprentice routes are defined." }] };
  return { ok: true, value: { anyMet: routes.some((r) => r.met), best, routes } };
}
