// PHI guard: flags likely patient identifiers in free text before it is saved (Chartpath keeps
// career data, never patient data). Patterns need a label or a strict format so ordinary career
// text — ICD-10 codes (E11.40), CPT numbers (99213), salaries, years, "CPC-A" — stays quiet.

export type PhiKind = "SSN" | "MRN" | "DOB" | "PATIENT_NAME" | "MEDICARE_ID" | "MEMBER_ID" | "ACCOUNT_NUMBER" | "PHONE" | "EMAIL";

import { emailMatches } from "@/lib/domain/email-scan";

export interface PhiFinding {
  kind: PhiKind;
  /** The match with its identifying characters masked, safe to show back in a warning. */
  excerpt: string;
  index: number;
  length: number;
  /** "review": may well be the learner's own contact details or a recruiter's. */
  severity: "high" | "review";
}

const PHI_KIND_LABELS: Readonly<Record<PhiKind, string>> = {
  SSN: "Social Security number",
  MRN: "medical record number",
  DOB: "date of birth",
  PATIENT_NAME: "patient name",
  MEDICARE_ID: "Medicare number (MBI)",
  MEMBER_ID: "insurance member or policy ID",
  ACCOUNT_NUMBER: "patient account number",
  PHONE: "phone number",
  EMAIL: "email address",
};

export interface PhiOptions {
  /** Values to ignore, e.g. the learner's own email and phone on their resume. */
  ignore?: readonly string[];
}

const DATE = String.raw`(?:(?:0?[1-9]|1[0-2])[\/.-](?:0?[1-9]|[12]\d|3[01])[\/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.? \d{1,2},? (?:19|20)\d{2})`;
// Job-title words after "Patient" ("Patient Access Representative, 01/15/2022") are not names.
const NOT_NAME = String.raw`(?!(?:Access|Accounts?|Care|Services?|Financial|Registration|Intake|Relations|Advocate|Experience|Portal|Safety|Education|Satisfaction|Coordinator|Representative|Navigator|Scheduling|Support|Billing|Flow)\b)`;
const NAME = NOT_NAME + String.raw`[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){0,2}`;
// An identifier after a label; `hasId` then requires three digits ("MRN verification" is not one).
const ID_VALUE = String.raw`[A-Z0-9][A-Z0-9-]{3,19}\b`;
const hasId = (m: Match) => (m[0].match(/\d/g)?.length ?? 0) >= 3;
// Linear-time patterns: no two quantifiers that can share characters may sit side by side
// (`\s*[:#]?\s*` tried every split of a run of spaces: "MRN" + 3,000 spaces took 14 s). Each
// optional separator carries its own trailing `\s*`, which matches the same text.
const SEP = String.raw`\s*(?:(?:[:#=]|\bis\b|\bno\.?|\bnumber)\s*)?(?:[:#]\s*)?`;
// MBI letters exclude S, L, O, I, B, Z (CMS format: C A AN N A AN N A A N N).
const MBI_L = "[AC-HJKMNP-RT-Y]";
const MBI = `\\b[1-9]${MBI_L}[${MBI_L.slice(1, -1)}0-9]\\d-?${MBI_L}[${MBI_L.slice(1, -1)}0-9]\\d-?${MBI_L}{2}\\d{2}\\b`;

/** What a rule finds: a regex match, or the same shape from a hand-written scanner. */
type Match = { 0: string; 1?: string; 2?: string; 3?: string; index: number };
interface Rule {
  kind: PhiKind;
  find: (text: string) => Iterable<Match>;
  severity: PhiFinding["severity"];
  valid?: (m: Match) => boolean;
}
const re = (pattern: RegExp) => (text: string) => text.matchAll(pattern) as Iterable<Match>;

const RULES: readonly Rule[] = [
  {
    kind: "SSN",
    severity: "high",
    find: re(/\b(?:SSN|SS#|social security(?: number| no\.?| #)?)\s*(?:[:#]\s*)?\d{3}[- ]?\d{2}[- ]?\d{4}\b/gi),
  },
  { kind: "SSN", severity: "high", find: re(/\b(\d{3})-(\d{2})-(\d{4})\b/g), valid: (m) => validSsn(m[1], m[2], m[3]) },
  { kind: "MEDICARE_ID", severity: "high", find: re(new RegExp(MBI, "g")) },
  {
    kind: "MEDICARE_ID",
    severity: "high",
    valid: hasId,
    find: re(new RegExp(String.raw`\b(?:MBI|HICN|Medicare (?:ID|number|no\.?|#))${SEP}${ID_VALUE}`, "gi")),
  },
  {
    kind: "MRN",
    severity: "high",
    valid: hasId,
    find: re(
      new RegExp(
        String.raw`\b(?:MRN|MR#|MR no\.?|medical record(?: number| no\.?| #)?|chart (?:number|no\.?|#)|patient ID)${SEP}${ID_VALUE}`,
        "gi",
      ),
    ),
  },
  {
    kind: "MEMBER_ID",
    severity: "high",
    valid: hasId,
    find: re(new RegExp(String.raw`\b(?:member|subscriber|policy|insurance|group) (?:ID|number|no\.?|#)${SEP}${ID_VALUE}`, "gi")),
  },
  {
    kind: "ACCOUNT_NUMBER",
    severity: "high",
    valid: hasId,
    find: re(new RegExp(String.raw`\b(?:patient )?(?:account|acct\.?)(?: number| no\.?| #|#)${SEP}${ID_VALUE}`, "gi")),
  },
  {
    kind: "DOB",
    severity: "high",
    find: re(new RegExp(String.raw`\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|born(?: on)?)\s*(?:[:#-]\s*)?${DATE}`, "gi")),
  },
  // A name next to a date with a patient cue: "Patient John Smith, 03/14/1962", "Mrs. Lee DOS 2/3/24".
  {
    kind: "DOB",
    severity: "high",
    find: re(new RegExp(String.raw`\b(?:[Pp]atient|[Pp]t\.?|Mr\.|Mrs\.|Ms\.|Miss)\s*(?::\s*)?${NAME}[^\n.;]{0,30}?${DATE}`, "g")),
  },
  // Only with a patient label: a bare "Name: …" is usually the learner's own resume header.
  {
    kind: "PATIENT_NAME",
    severity: "high",
    find: re(new RegExp(String.raw`\b(?:[Pp]atient(?: [Nn]ame)?|[Pp]t\.?(?: [Nn]ame)?)\s*:\s*${NAME}`, "g")),
  },
  // /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g as a scanner (email-scan.ts): as a regex
  // it retried the domain from every start in the local part ("a."×k + "@" + "a-"×k: 5.7 s).
  { kind: "EMAIL", severity: "review", find: emailMatches },
  // NANP area codes never start with 0 or 1; separators required (a bare 10-digit
  // number is more often an NPI or an account figure than a phone number).
  { kind: "PHONE", severity: "review", find: re(/(?:\+?1[\s.-]?)?(?:\(\s*[2-9]\d{2}\s*\)\s*|\b[2-9]\d{2}[\s.-])\d{3}[\s.-]\d{4}\b/g) },
];

function validSsn(area = "", group = "", serial = ""): boolean {
  // The SSA never issues area 000, 666 or 9xx, group 00 or serial 0000.
  return area !== "000" && area !== "666" && !area.startsWith("9") && group !== "00" && serial !== "0000";
}

/** Keeps labels readable and the last two identifying characters: "MRN: ••••••56". */
export function maskIdentifier(text: string): string {
  // Identifying characters: letters and digits of any word that contains a digit.
  const positions: number[] = [];
  for (const word of text.matchAll(/[^\s:#,]+/g)) {
    if (!/\d/.test(word[0])) continue;
    [...word[0]].forEach((c, i) => {
      if (/[A-Za-z0-9]/.test(c)) positions.push(word.index + i);
    });
  }
  const masked = new Set(positions.slice(0, -2));
  return [...text].map((c, i) => (masked.has(i) ? "•" : c)).join("");
}

function maskEmail(email: string): string {
  const [local = "", domain = ""] = email.split("@");
  return `${local.slice(0, 1)}${"•".repeat(Math.max(1, local.length - 1))}@${domain}`;
}

const NOT_NAMES =
  /^(?:Patient|Pt|Name|Mr|Mrs|Ms|Miss|DOS|DOB|Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)$/;

/** Keeps labels and initials only: "Patient: John Smith" → "Patient: J••• S••••". */
function maskNames(text: string): string {
  return text.replace(/\b[A-Z][a-z'’-]+/g, (w) => (NOT_NAMES.test(w) ? w : w.slice(0, 1) + "•".repeat(w.length - 1)));
}

function excerptOf(kind: PhiKind, match: string): string {
  if (kind === "EMAIL") return maskEmail(match);
  if (kind === "PATIENT_NAME" || kind === "DOB") return maskIdentifier(maskNames(match));
  return maskIdentifier(match);
}

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9@.]/g, "");

export function detectPhi(text: string, options: PhiOptions = {}): PhiFinding[] {
  const ignore = new Set((options.ignore ?? []).map(squash).filter((s) => s !== ""));
  const findings: PhiFinding[] = [];
  // Characters already inside a finding: the overlap test costs the match's length, not the
  // number of findings so far (7,000 e-mail addresses made that quadratic).
  const taken = new Uint8Array(text.length);
  for (const rule of RULES) {
    for (const m of rule.find(text)) {
      if (rule.valid && !rule.valid(m)) continue;
      if (ignore.has(squash(m[0]))) continue;
      const index = m.index;
      const end = index + m[0].length;
      // Earlier rules are more specific: the first finding over a stretch of text wins.
      if (taken.subarray(index, end).includes(1)) continue;
      taken.fill(1, index, end);
      findings.push({ kind: rule.kind, excerpt: excerptOf(rule.kind, m[0]), index, length: m[0].length, severity: rule.severity });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

/** True when anything high-severity was found: the UI must ask the user to confirm or edit. */
export function needsPhiConfirmation(findings: readonly PhiFinding[]): boolean {
  return findings.some((f) => f.severity === "high");
}

/** How one save path words its refusal; the findings are listed the same way everywhere. */
export interface PhiWording {
  /** The field's message around the masked list, e.g. `This note may contain …: ${list}. …`. */
  field: (list: string) => string;
  /** An extra message on the form's "confirm" checkbox, where the form has one. */
  confirm?: { field: string; message: string };
}

/** A refusal lists this many findings: enough to find them, short enough to read beside a field. */
const PHI_LISTED_MAX = 5;

/**
 * The PHI check every free-text save uses: field errors for each field whose text has
 * high-severity findings, or null when nothing needs confirming (or the user confirmed).
 * Linear in the text: one detectPhi pass per field.
 */
export function unconfirmedPhiErrors(
  fields: Readonly<Record<string, string | null | undefined>>,
  confirmed: boolean,
  wording: PhiWording,
  options: PhiOptions = {},
): Record<string, string[]> | null {
  if (confirmed) return null;
  const errors: Record<string, string[]> = {};
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    const high = detectPhi(text, options).filter((f) => f.severity === "high");
    if (!needsPhiConfirmation(high)) continue;
    errors[field] = [
      wording.field(
        high
          .slice(0, PHI_LISTED_MAX)
          .map((f) => `${PHI_KIND_LABELS[f.kind]} (“${f.excerpt}”)`)
          .join("; "),
      ),
    ];
  }
  if (Object.keys(errors).length === 0) return null;
  if (wording.confirm) errors[wording.confirm.field] = [wording.confirm.message];
  return errors;
}
