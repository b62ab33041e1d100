// Fixed vocabularies of a job application (role type, work mode, source) and the checks
// a form or an imported spreadsheet row must pass: http(s) links, salary min ≤ max.
export const ROLE_TYPES = [
  "MEDICAL_CODER",
  "OUTPATIENT_CODER",
  "INPATIENT_CODER",
  "CODING_AUDITOR",
  "BILLING_SPECIALIST",
  "PAYMENT_POSTER",
  "PATIENT_ACCOUNT_REP",
  "CLAIMS_ASSISTANT",
  "PRIOR_AUTH_SPECIALIST",
  "OTHER",
] as const;
export type RoleType = (typeof ROLE_TYPES)[number];
export const ROLE_TYPE_LABELS: Readonly<Record<RoleType, string>> = {
  MEDICAL_CODER: "Medical coder",
  OUTPATIENT_CODER: "Outpatient coder",
  INPATIENT_CODER: "Inpatient coder",
  CODING_AUDITOR: "Coding auditor",
  BILLING_SPECIALIST: "Billing specialist",
  PAYMENT_POSTER: "Payment poster",
  PATIENT_ACCOUNT_REP: "Patient account representative",
  CLAIMS_ASSISTANT: "Claims assistant",
  PRIOR_AUTH_SPECIALIST: "Prior authorization specialist",
  OTHER: "Other",
};

/** Role types that count as a placement in the field (coding, billing, revenue cycle) in program
 *  outcomes: every listed role except OTHER. */
export const IN_FIELD_ROLE_TYPES: readonly RoleType[] = ROLE_TYPES.filter((r) => r !== "OTHER");

export const WORK_MODES = ["REMOTE", "HYBRID", "ONSITE"] as const;
export type WorkMode = (typeof WORK_MODES)[number];
export const WORK_MODE_LABELS: Readonly<Record<WorkMode, string>> = { REMOTE: "Remote", HYBRID: "Hybrid", ONSITE: "On-site" };

export const SOURCES = ["INDEED", "LINKEDIN", "COMPANY_SITE", "REFERRAL", "OTHER"] as const;
export type ApplicationSource = (typeof SOURCES)[number];
export const SOURCE_LABELS: Readonly<Record<ApplicationSource, string>> = {
  INDEED: "Indeed",
  LINKEDIN: "LinkedIn",
  COMPANY_SITE: "Company site",
  REFERRAL: "Referral",
  OTHER: "Other",
};

export const CONTACT_ROLES = ["RECRUITER", "INTERVIEWER", "OTHER"] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];
export const CONTACT_ROLE_LABELS: Readonly<Record<ContactRole, string>> = {
  RECRUITER: "Recruiter",
  INTERVIEWER: "Interviewer",
  OTHER: "Other",
};

/** True for an absolute http(s) URL with a host; rejects javascript:, data:, relative paths. */
export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/**
 * Reads a label or code as one of a vocabulary's codes, case- and punctuation-insensitively
 * ("On-site", "onsite", "ONSITE" → ONSITE), so spreadsheet values map without exact spelling.
 */
export function codeFromLabel<C extends string>(value: string, labels: Readonly<Record<C, string>>): C | undefined {
  const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
  const wanted = squash(value);
  if (wanted === "") return undefined;
  for (const [code, label] of Object.entries(labels) as [C, string][]) {
    if (squash(code) === wanted || squash(label) === wanted) return code;
  }
  return undefined;
}

/** Parses "$45,000", "45000", "45k" as whole dollars; undefined for blank; NaN for junk. */
export function parseSalary(value: string): number | undefined {
  const t = value
    .trim()
    .toLowerCase()
    .replace(/[$,\s]/g, "")
    .replace(/(?:usd|\/yr|peryear|ayear)$/, "");
  if (t === "") return undefined;
  const m = /^(\d+(?:\.\d+)?)(k?)$/.exec(t);
  if (!m) return Number.NaN;
  const n = Number(m[1]) * (m[2] ? 1000 : 1);
  return Number.isFinite(n) ? Math.round(n) : Number.NaN;
}
