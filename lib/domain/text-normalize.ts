// Text normalization for keyword matching: folds case, accents and Unicode dashes, and splits
// text into alphanumeric tokens that keep their offsets in the ORIGINAL string, so matches can
// be highlighted exactly where the user typed them.

/** Hyphen-like characters pasted from Word, PDFs and web pages (‐ ‑ ‒ – — ― − ﹘ ﹣ －). */
const DASH_RE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACE_RE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g;
const QUOTE_RE = /[\u2018\u2019\u201A\u201B\u2032]/g;

/** Case-, accent-, dash- and whitespace-folded text, for comparing short phrases. */
export function normalizeText(text: string): string {
  return foldToken(text.normalize("NFKC").replace(DASH_RE, "-").replace(QUOTE_RE, "'")).replace(SPACE_RE, " ").trim();
}

/** Lowercase, no accents ("Résumé" → "resume"). */
function foldToken(raw: string): string {
  return raw.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

export interface Token {
  /** Folded form used for matching; "&" becomes "and". */
  norm: string;
  /** As typed (NFKC), for case-sensitive variants such as "Epic". */
  raw: string;
  start: number;
  end: number;
}

/**
 * Alphanumeric runs split where letters meet digits, so "ICD10", "ICD-10" and "ICD 10" all
 * give [icd, 10]. "&" is its own token so "Eligibility & Benefits" equals "eligibility and benefits".
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const run of text.matchAll(/[\p{L}\p{M}\p{N}]+|&/gu)) {
    const base = run.index;
    if (run[0] === "&") {
      tokens.push({ norm: "and", raw: "&", start: base, end: base + 1 });
      continue;
    }
    for (const part of run[0].matchAll(/\p{N}+|[\p{L}\p{M}]+/gu)) {
      const raw = part[0].normalize("NFKC");
      tokens.push({ norm: foldToken(part[0]), raw, start: base + part.index, end: base + part.index + part[0].length });
    }
  }
  return tokens;
}

/**
 * What sits between two tokens. "none": letters meeting digits ("ICD10"); "space": only
 * whitespace with at most one line break (a wrapped line, not a new paragraph); "hyphen"/"slash":
 * one joiner with optional spaces; "hard": anything else (comma, parenthesis, full stop…).
 */
export type SeparatorKind = "none" | "space" | "hyphen" | "slash" | "hard";

export function separatorKind(between: string): SeparatorKind {
  if (between === "") return "none";
  if ((between.match(/\n/g)?.length ?? 0) > 1) return "hard";
  const folded = between.replace(DASH_RE, "-").replace(SPACE_RE, " ").trim();
  if (folded === "") return "space";
  if (folded === "-" || folded === "_") return "hyphen";
  if (folded === "/") return "slash";
  return "hard";
}

/**
 * Whether a separator in the text may stand for the one written in a vocabulary phrase.
 * Hyphens, spaces and nothing are interchangeable ("follow-up" / "follow up", "UB-04" / "UB04"),
 * except that a lone space next to a one-character token is not: "CPC A plus" is not "CPC-A",
 * and "A R" is not "A/R".
 */
export function separatorsCompatible(phrase: SeparatorKind, text: SeparatorKind, oneCharNeighbour: boolean): boolean {
  if (text === "hard") return false;
  if (text === phrase || text === "hyphen" || text === "none") return true;
  if (text === "space") return phrase === "space" || !oneCharNeighbour;
  return phrase === "space"; // a slash in the text may stand for a space in the phrase
}

export interface PhraseForm {
  tokens: readonly string[];
  raw: readonly string[];
  seps: readonly SeparatorKind[];
}

/**
 * Token forms of a vocabulary phrase: as written, plus hyphenated words closed up
 * ("follow-up" → "followup") because a closed-up word is a single token in the text.
 */
export function phraseForms(phrase: string): PhraseForm[] {
  const tokens = tokenize(phrase);
  const seps = tokens.slice(1).map((t, i) => separatorKind(phrase.slice(tokens[i]?.end ?? 0, t.start)));
  const written: PhraseForm = { tokens: tokens.map((t) => t.norm), raw: tokens.map((t) => t.raw), seps };
  if (!seps.some((s, i) => s === "hyphen" && isAlpha(tokens[i]?.norm) && isAlpha(tokens[i + 1]?.norm))) return [written];
  const closed: PhraseForm = { tokens: [], raw: [], seps: [] };
  const t = closed.tokens as string[],
    r = closed.raw as string[],
    s = closed.seps as SeparatorKind[];
  tokens.forEach((tok, i) => {
    const sep = seps[i - 1];
    if (i > 0 && sep === "hyphen" && isAlpha(tokens[i - 1]?.norm) && isAlpha(tok.norm)) {
      t[t.length - 1] += tok.norm;
      r[r.length - 1] += tok.raw;
    } else {
      if (i > 0 && sep) s.push(sep);
      t.push(tok.norm);
      r.push(tok.raw);
    }
  });
  return [written, closed];
}

export function isAlpha(token: string | undefined): boolean {
  return token !== undefined && /^\p{L}+$/u.test(token);
}

export function isNumeric(token: string | undefined): boolean {
  return token !== undefined && /^\p{N}+$/u.test(token);
}
