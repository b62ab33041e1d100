// Small pure helpers for showing a Fact to users: its source line, the "about" qualifier
// for uncertain figures, and US-dollar formatting. No I/O, no React.
import type { Fact } from "@/lib/content/fact";

/** asOf for figures whose source (usually the career guide) carries no date. */
export const UNDATED = "undated";

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
] as const;

/** "2024-05" → "May 2024"; "2025-01-01" → "January 1, 2025"; periods and years unchanged. */
export function formatAsOf(asOf: string): string {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(asOf);
  if (!match) return asOf;
  const [, year, month, day] = match;
  const name = MONTHS[Number(month) - 1];
  if (name === undefined) return asOf;
  return day === undefined ? `${name} ${year}` : `${name} ${Number(day)}, ${year}`;
}

/** "Source: BLS Occupational Outlook Handbook, as of May 2024" (projection periods read "for 2024–34"). */
export function describeFactSource(fact: Fact<unknown>): string {
  const base = `Source: ${fact.source.label}`;
  if (fact.asOf === UNDATED) return `${base} (undated)`;
  // A projection period uses an en dash ("2024–34"); "2024-05" is a month.
  const isPeriod = /^\d{4}(–\d{2}|–\d{4}|-\d{4})$/.test(fact.asOf);
  return `${base}, ${isPeriod ? "for" : "as of"} ${formatAsOf(fact.asOf)}`;
}

/** "about " before an uncertain figure, "" before a confirmed one. */
export function qualifier(fact: Fact<unknown>): string {
  return fact.confidence === "uncertain" ? "about " : "";
}

/** 50250 → "$50,250"; 24.16 → "$24.16" (cents only when the amount has them). */
// Built once: constructing an Intl formatter per call costs ~0.2 ms.
const USD = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 0, maximumFractionDigits: 0 });
const USD_CENTS = new Intl.NumberFormat("en-US", {
  style: "currency",
  currency: "USD",
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

export function formatUsd(amount: number): string {
  return (Number.isInteger(amount) ? USD : USD_CENTS).format(amount);
}
