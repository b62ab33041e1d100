// CEU rules after certification: how many CEUs a cycle requires (AAPC by number of
// credentials; AHIMA by which credentials), the two-year cycle's dates, and whether the
// learner is on track at a straight-line pace. Rules come from lib/content/ceu-rules.
import { AAPC_CEUS_BY_COUNT, AAPC_CREDENTIALS, AAPC_CYCLE_YEARS, AAPC_TOPIC_CEUS, AHIMA_CEU_RULE } from "@/lib/content/ceu-rules";
import { addDays, addMonths, diffDays, isValidIsoDate } from "@/lib/domain/dates";
import { isFiniteNumber, isWholeNumber, round, type CertBody, type FieldError, type IsoDate, type Result } from "@/lib/domain/types";

export interface CeuRequirement {
  body: CertBody;
  required: number;
  /** CEUs of the total that must be on a credential's topic (CPMA: 16 auditing). */
  topics: { credential: string; ceus: number; topic: string }[];
  explanation: string;
}

/** CPC-A, COC-A… are the same credential for CEU purposes. */
/** Each body's cycle length comes from its own dated rule (both are two years today). */
const cycleYears = (body: CertBody): number => (body === "AAPC" ? AAPC_CYCLE_YEARS.value : AHIMA_CEU_RULE.value.cycleYears);
const every = (body: CertBody) => `every ${cycleYears(body)} years`;

function normalize(code: string): string {
  return code.trim().toUpperCase().replace(/-A$/, "");
}

export function ceuRequirement(body: CertBody, credentials: number | readonly string[]): Result<CeuRequirement> {
  const err = (message: string): Result<CeuRequirement> => ({ ok: false, errors: [{ field: "credentials", message }] });
  if (body !== "AAPC" && body !== "AHIMA") return { ok: false, errors: [{ field: "body", message: "Choose AAPC or AHIMA." }] };
  let count: number;
  let codes: string[] = [];
  if (typeof credentials === "number") {
    if (!isWholeNumber(credentials) || credentials < 1) return err("Enter how many credentials you hold (1 or more).");
    count = credentials;
  } else {
    if (!Array.isArray(credentials) || credentials.some((c) => typeof c !== "string")) return err("Add at least one credential.");
    codes = [...new Set(credentials.map(normalize))].filter((c) => c !== "");
    if (codes.length === 0) return err("Add at least one credential.");
    count = codes.length;
  }

  if (body === "AAPC") {
    const unknown = codes.filter((c) => !AAPC_CREDENTIALS.includes(c));
    if (unknown.length > 0) return err(`Not an AAPC credential: ${unknown.join(", ")}.`);
    const table = AAPC_CEUS_BY_COUNT.value;
    const required = table[Math.min(count, table.length) - 1] ?? 0;
    const topics = codes.flatMap((c) => {
      const t = AAPC_TOPIC_CEUS.value[c];
      return t ? [{ credential: c, ceus: t.ceus, topic: t.topic }] : [];
    });
    const topicText = topics.map((t) => ` Of these, ${t.ceus} must be ${t.topic} CEUs (${t.credential}).`).join("");
    return {
      ok: true,
      value: {
        body,
        required,
        topics,
        explanation: `AAPC: ${required} CEUs ${every("AAPC")} for ${count >= table.length ? `${table.length} or more credentials` : `${count} credential${count > 1 ? "s" : ""}`}.${topicText}`,
      },
    };
  }

  const rule = AHIMA_CEU_RULE.value;
  const unknown = codes.filter((c) => !Object.hasOwn(rule.base, c));
  if (unknown.length > 0) return err(`Not an AHIMA credential we track: ${unknown.join(", ")}.`);
  // The highest base (RHIA's 30) sets the floor; each further credential adds its increment.
  const base = codes.length > 0 ? Math.max(...codes.map((c) => rule.base[c] ?? 0)) : Math.min(...Object.values(rule.base));
  const required = Math.min(rule.maximum, base + rule.perExtraCredential * (count - 1));
  return {
    ok: true,
    value: {
      body,
      required,
      topics: [],
      explanation: `AHIMA: ${required} CEUs ${every("AHIMA")} (${base} for the first credential, +${rule.perExtraCredential} per extra, at most ${rule.maximum}).`,
    },
  };
}

export interface CeuCycle {
  start: IsoDate;
  /** Inclusive last day of the cycle. */
  end: IsoDate;
  /** 1 for the cycle starting at the anchor date. */
  number: number;
}

/** Start of the cycle `j` cycles after the anchor; a Feb 29 anchor rolls to Mar 1 in common years. */
function cycleStartAfter(body: CertBody, anchor: IsoDate, j: number): IsoDate {
  const later = addMonths(anchor, 12 * cycleYears(body) * j);
  return anchor.endsWith("-02-29") && later.endsWith("-02-28") ? addDays(later, 1) : later;
}

/**
 * The body's cycle that starts at `anchor` (AHIMA: the exam date; AAPC: the certification or
 * renewal date the member sees in their account), or, given `today`, the cycle containing it.
 */
export function ceuCycle(body: CertBody, anchor: IsoDate, today?: IsoDate): Result<CeuCycle> {
  if (body !== "AAPC" && body !== "AHIMA") return { ok: false, errors: [{ field: "body", message: "Choose AAPC or AHIMA." }] };
  if (!isValidIsoDate(anchor)) return { ok: false, errors: [{ field: "cycleStart", message: "Enter a valid date." }] };
  if (today !== undefined && !isValidIsoDate(today)) return { ok: false, errors: [{ field: "today", message: "Invalid date." }] };
  // Each cycle is stepped from the anchor itself, so a Feb 29 anchor never drifts to Mar 1 for good.
  let j = 0;
  while (today !== undefined && cycleStartAfter(body, anchor, j + 1) <= today) j += 1;
  return {
    ok: true,
    value: { start: cycleStartAfter(body, anchor, j), end: addDays(cycleStartAfter(body, anchor, j + 1), -1), number: j + 1 },
  };
}

export interface CeuProgressInput {
  required: number;
  earned: number;
  cycleStart: IsoDate;
  cycleEnd: IsoDate;
  today: IsoDate;
}

export interface CeuProgress {
  required: number;
  earned: number;
  remaining: number;
  /** CEUs a steady pace would have earned by today (straight line over the cycle). */
  expectedByNow: number;
  behind: boolean;
  daysLeft: number;
  /** Today is after the cycle's last day. */
  cycleEnded: boolean;
  message: string;
}

export function ceuProgress(input: CeuProgressInput): Result<CeuProgress> {
  const { required, earned, cycleStart, cycleEnd, today } = input;
  const errors: FieldError[] = [];
  if (!isFiniteNumber(required) || required <= 0) errors.push({ field: "required", message: "Required CEUs must be more than 0." });
  if (!isFiniteNumber(earned) || earned < 0) errors.push({ field: "earned", message: "Earned CEUs cannot be negative." });
  for (const [field, d] of [
    ["cycleStart", cycleStart],
    ["cycleEnd", cycleEnd],
    ["today", today],
  ] as const) {
    if (!isValidIsoDate(d)) errors.push({ field, message: "Enter a valid date." });
  }
  if (errors.length === 0 && cycleEnd < cycleStart) errors.push({ field: "cycleEnd", message: "The cycle ends before it starts." });
  if (errors.length > 0) return { ok: false, errors };

  const totalDays = diffDays(cycleStart, cycleEnd) + 1;
  // Days elapsed including today, so the last day of the cycle expects everything.
  const elapsed = Math.min(totalDays, Math.max(0, diffDays(cycleStart, today) + 1));
  const expectedByNow = round((required * elapsed) / totalDays, 1);
  const remaining = round(Math.max(0, required - earned), 1);
  const cycleEnded = today > cycleEnd;
  const daysLeft = Math.max(0, diffDays(today, cycleEnd));
  // Grace of one CEU: early in a cycle nobody is "behind" for a fraction of a CEU.
  const behind = remaining > 0 && (cycleEnded || earned < expectedByNow - 1);

  let message: string;
  if (remaining === 0) message = `All ${required} CEUs earned for the cycle ending ${cycleEnd}.`;
  else if (cycleEnded) message = `The cycle ended on ${cycleEnd} with ${remaining} CEUs missing: contact your credentialing body now.`;
  else if (behind)
    message = `Behind: ${earned} of ${required} CEUs earned, about ${expectedByNow} expected by now. ${remaining} to go in ${daysLeft} days (cycle ends ${cycleEnd}).`;
  else message = `On track: ${earned} of ${required} CEUs earned; ${remaining} to go by ${cycleEnd} (${daysLeft} days).`;

  return { ok: true, value: { required, earned, remaining, expectedByNow, behind, daysLeft, cycleEnded, message } };
}
