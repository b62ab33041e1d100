// Finds vocabulary keywords in free text with spans in the original string. Leftmost-longest:
// where phrases overlap the longer one wins, so "CPC-A" counts as CPC-A (not also CPC) and
// "ICD-10-PCS" as ICD-10-PCS (not ICD-10-CM via "ICD-10"). Whole tokens only: no "Epic" in "epicenter".
import { KEYWORD_VOCABULARY, type KeywordVocabulary } from "@/lib/content/keywords";
import { mentionedAsInProgress } from "@/lib/domain/credential-qualifier";
import {
  isAlpha,
  isNumeric,
  phraseForms,
  separatorKind,
  separatorsCompatible,
  tokenize,
  type PhraseForm,
  type Token,
} from "@/lib/domain/text-normalize";

export interface KeywordSpan {
  keywordId: string;
  start: number;
  end: number;
  /** True for a keyword credited by a compound phrase ("ICD-10-CM/PCS" → ICD-10-PCS). */
  implied?: boolean;
  /** A credential worded as not yet held ("CPB candidate", "pursuing CPC"): see credential-qualifier.ts. */
  inProgress?: boolean;
}

interface CompiledForm extends PhraseForm {
  keywordId: string;
  exactCase: boolean;
  alsoMatches: readonly string[];
  credential: boolean;
}

type Matcher = Map<string, CompiledForm[]>;
const compiled = new WeakMap<KeywordVocabulary, Matcher>();

function matcherFor(vocabulary: KeywordVocabulary): Matcher {
  const cached = compiled.get(vocabulary);
  if (cached) return cached;
  const byFirst: Matcher = new Map();
  for (const keyword of vocabulary.keywords) {
    for (const variant of keyword.variants) {
      const v = typeof variant === "string" ? { phrase: variant } : variant;
      for (const form of phraseForms(v.phrase)) {
        const first = form.tokens[0];
        if (first === undefined) continue;
        const entry: CompiledForm = {
          ...form,
          keywordId: keyword.id,
          exactCase: v.exactCase ?? false,
          alsoMatches: v.alsoMatches ?? [],
          credential: keyword.group === "credentials",
        };
        byFirst.set(first, [...(byFirst.get(first) ?? []), entry]);
      }
    }
  }
  compiled.set(vocabulary, byFirst);
  return byFirst;
}

/** A plural in the text still counts: "EOBs", "denials", "queries" (not the reverse). */
function tokenEquals(text: string, phrase: string): boolean {
  if (text === phrase) return true;
  if (phrase.length < 2 || !isAlpha(phrase)) return false;
  return text === `${phrase}s` || text === `${phrase}es` || (phrase.endsWith("y") && text === `${phrase.slice(0, -1)}ies`);
}

function singularCandidates(norm: string): string[] {
  const out = [norm];
  if (norm.endsWith("s")) out.push(norm.slice(0, -1));
  if (norm.endsWith("es")) out.push(norm.slice(0, -2));
  if (norm.endsWith("ies")) out.push(`${norm.slice(0, -3)}y`);
  return out;
}

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{M}\p{N}]/u.test(ch);

/** "835" inside "$1,835" or "1.835" is an amount, not the remittance transaction. */
function partOfLargerNumber(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 2), start);
  const after = text.slice(end, end + 2);
  return /[$€£]$|\d[.,]$/.test(before) || /^[.,]\d|^%/.test(after);
}

function matchLength(text: string, tokens: Token[], at: number, form: CompiledForm): number {
  const n = form.tokens.length;
  for (let k = 0; k < n; k++) {
    const tok = tokens[at + k];
    const want = form.exactCase ? form.raw[k] : form.tokens[k];
    if (!tok || want === undefined || !tokenEquals(form.exactCase ? tok.raw : tok.norm, want)) return 0;
    if (k > 0) {
      const prev = tokens[at + k - 1];
      const phraseSep = form.seps[k - 1];
      if (!prev || !phraseSep) return 0;
      const oneChar = prev.norm.length === 1 || tok.norm.length === 1;
      if (!separatorsCompatible(phraseSep, separatorKind(text.slice(prev.end, tok.start)), oneChar)) return 0;
    }
  }
  return n;
}

export function findKeywords(text: string, vocabulary: KeywordVocabulary = KEYWORD_VOCABULARY): KeywordSpan[] {
  const matcher = matcherFor(vocabulary);
  const tokens = tokenize(text);
  const spans: KeywordSpan[] = [];
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first) break;
    let best: { form: CompiledForm; n: number; end: number } | undefined;
    for (const key of singularCandidates(first.norm)) {
      for (const form of matcher.get(key) ?? []) {
        const n = matchLength(text, tokens, i, form);
        if (n === 0 || (best && n <= best.n)) continue;
        const last = tokens[i + n - 1];
        if (!last) continue;
        // Whole tokens only: reject "Epic2" or "A835"; but "835s"/"837s" are plurals.
        let end = last.end;
        if (isNumeric(last.norm) && text[end] === "s" && !isWordChar(text[end + 1])) end += 1;
        if (isWordChar(text[first.start - 1]) || isWordChar(text[end])) continue;
        if ((isNumeric(first.norm) || isNumeric(last.norm)) && partOfLargerNumber(text, first.start, last.end)) continue;
        best = { form, n, end };
      }
    }
    if (!best) {
      i += 1;
      continue;
    }
    const inProgress = best.form.credential && mentionedAsInProgress(text, first.start, best.end);
    spans.push(
      inProgress
        ? { keywordId: best.form.keywordId, start: first.start, end: best.end, inProgress }
        : { keywordId: best.form.keywordId, start: first.start, end: best.end },
    );
    for (const id of best.form.alsoMatches) spans.push({ keywordId: id, start: first.start, end: best.end, implied: true });
    i += best.n + (best.end > (tokens[i + best.n - 1]?.end ?? best.end) ? 1 : 0);
  }
  return spans;
}

/** The distinct keyword ids found, in order of first appearance; a credential only worded as in progress is not held. */
export function keywordIdsIn(text: string, vocabulary: KeywordVocabulary = KEYWORD_VOCABULARY): Set<string> {
  return new Set(
    findKeywords(text, vocabulary)
      .filter((s) => !s.inProgress)
      .map((s) => s.keywordId),
  );
}

export interface TextSegment {
  text: string;
  keywordId?: string;
}

/** Splits text into plain and highlighted segments; overlapping or out-of-range spans are skipped. */
export function highlightSpans(text: string, spans: readonly KeywordSpan[]): TextSegment[] {
  const sorted = [...spans].filter((s) => !s.implied).sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TextSegment[] = [];
  let cursor = 0;
  for (const span of sorted) {
    if (span.start < cursor || span.end > text.length || span.end <= span.start) continue;
    if (span.start > cursor) out.push({ text: text.slice(cursor, span.start) });
    out.push({ text: text.slice(span.start, span.end), keywordId: span.keywordId });
    cursor = span.end;
  }
  if (cursor < text.length) out.push({ text: text.slice(cursor) });
  return out;
}
