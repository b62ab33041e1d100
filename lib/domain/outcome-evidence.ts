// Labels for where an outcome came from and how staff judged it, shared by the staff pages,
// the reports and the CSV. Staff can enter only what they saw themselves (STAFF_SOURCE_IDS);
// self-reports and surveys arrive by their own paths.
import type { FieldRelation, OutcomeKind, OutcomeSource } from "@/lib/domain/outcome-records";

export const STAFF_SOURCE_IDS = ["STAFF_DOCUMENT", "EMPLOYER_VERIFICATION", "WAGE_MATCH"] as const satisfies readonly OutcomeSource[];

export const SOURCE_LABEL: Record<OutcomeSource, string> = {
  SELF_REPORT: "Learner self-report",
  SURVEY: "Graduate survey",
  EMPLOYER_VERIFICATION: "Employer verification",
  STAFF_DOCUMENT: "Staff entry from a document",
  WAGE_MATCH: "State wage-record match",
};

export const OUTCOME_KIND_LABEL: Record<OutcomeKind, string> = {
  EMPLOYED: "Employed",
  SELF_EMPLOYED: "Self-employed",
  MILITARY: "Military service",
  SERVICE: "Volunteer or service programme",
  CONTINUING_EDUCATION: "Continuing education",
  SEEKING: "Still seeking",
  NOT_SEEKING: "Not seeking",
};

export const FIELD_LABEL: Record<FieldRelation, string> = {
  IN_FIELD: "In the field of training",
  RELATED: "Related field",
  UNRELATED: "Not related",
};

export type Review = "UNREVIEWED" | "VERIFIED" | "DISPUTED";
export const REVIEW_LABEL: Record<Review, string> = { UNREVIEWED: "Not reviewed", VERIFIED: "Verified", DISPUTED: "Disputed" };

/** The share of evidence staff verified, as the outcomes pages show it (disputed counts as not verified). */
export function verifiedShare(items: readonly { review: Review }[]): { verified: number; total: number; percent: number | null } {
  const verified = items.filter((i) => i.review === "VERIFIED").length;
  return { verified, total: items.length, percent: items.length === 0 ? null : Math.round((verified / items.length) * 1000) / 10 };
}
