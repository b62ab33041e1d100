// Resume keyword checklist for a path and the resume ↔ job-description matcher. Presence, not
// repetition: a term counts once however often it appears, so keyword stuffing earns nothing.
// Required-sounding terms weigh 2, all others 1 (see jd-context.ts for what "required" means).
import { KEYWORD_VOCABULARY, type Keyword, type KeywordGroupId, type KeywordVocabulary } from "@/lib/content/keywords";
import { requirementContext } from "@/lib/domain/jd-context";
import { creditKeywords } from "@/lib/domain/keyword-credit";
import { findKeywords, type KeywordSpan } from "@/lib/domain/keyword-find";
import { jobDescriptionSuggestions } from "@/lib/domain/jd-suggestions";
import type { CareerPath } from "@/lib/domain/types";

export { findKeywords, highlightSpans, type KeywordSpan, type TextSegment } from "@/lib/domain/keyword-find";

export interface ChecklistItem {
  id: string;
  label: string;
  present: boolean;
  manual: boolean;
  /** Credential the resume names only as in progress ("CPB candidate"): not counted as present. */
  inProgress?: boolean;
  /** Present through a more specific term ("A/R aging" shows accounts receivable). */
  via?: string;
}
export interface ChecklistGroup {
  id: KeywordGroupId;
  label: string;
  coverageRule: "any" | "each";
  items: ChecklistItem[];
  present: number;
  total: number;
  /** 0–100. For "any" groups (credentials, EHRs, remote) one item present means 100. */
  coverage: number;
}
export interface KeywordChecklist {
  groups: ChecklistGroup[];
  present: number;
  total: number;
  coverage: number;
}

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((100 * part) / whole));

/**
 * Checklist of the path's keywords. `present` = found in the resume OR ticked by the learner
 * (`manualChecks`, for wording the matcher cannot see); `manual` says it was ticked. Overall
 * coverage counts an "any" group as one item, so not holding every credential is not a gap.
 */
export function keywordChecklist(
  resumeText: string,
  path: CareerPath,
  manualChecks: readonly string[] = [],
  vocabulary: KeywordVocabulary = KEYWORD_VOCABULARY,
): KeywordChecklist {
  const credit = creditKeywords(findKeywords(resumeText, vocabulary), vocabulary);
  const found = credit.held;
  const ticked = new Set(manualChecks);
  let present = 0;
  let total = 0;
  const groups = vocabulary.groups.flatMap((group): ChecklistGroup[] => {
    const items = vocabulary.keywords
      .filter((k) => k.group === group.id && k.paths.includes(path))
      .map((k): ChecklistItem => {
        const via = credit.direct.has(k.id) ? undefined : credit.via.get(k.id);
        const item: ChecklistItem = { id: k.id, label: k.label, present: found.has(k.id) || ticked.has(k.id), manual: ticked.has(k.id) };
        if (credit.inProgress.has(k.id)) item.inProgress = true;
        if (via) item.via = via;
        return item;
      });
    if (items.length === 0) return [];
    const have = items.filter((i) => i.present).length;
    const [counted, of] = group.coverage === "any" ? [have > 0 ? 1 : 0, 1] : [have, items.length];
    present += counted;
    total += of;
    return [
      {
        id: group.id,
        label: group.label,
        coverageRule: group.coverage,
        items,
        present: have,
        total: items.length,
        coverage: pct(counted, of),
      },
    ];
  });
  return { groups, present, total, coverage: pct(present, total) };
}

export interface RequestedKeyword {
  id: string;
  label: string;
  group: KeywordGroupId;
  required: boolean;
  inResume: boolean;
  /** Label of the resume keyword that covers it when not the same term (CPC covers CPC-A). */
  satisfiedBy?: string;
  /** The resume names this credential only as in progress ("CPB candidate"): not counted. */
  inProgress?: boolean;
}

export interface JobMatch {
  requested: RequestedKeyword[];
  /** 0–100: matched weight ÷ requested weight. */
  score: number;
  formula: string[];
  suggestions: string[];
  resumeSpans: KeywordSpan[];
  jdSpans: KeywordSpan[];
}

const REQUIRED_WEIGHT = 2;
const OTHER_WEIGHT = 1;

export function matchJobDescription(
  resumeText: string,
  jdText: string,
  path?: CareerPath,
  vocabulary: KeywordVocabulary = KEYWORD_VOCABULARY,
): JobMatch {
  const byId = new Map(vocabulary.keywords.map((k) => [k.id, k] as const));
  const resumeSpans = findKeywords(resumeText, vocabulary);
  const jdSpans = findKeywords(jdText, vocabulary);
  const credit = creditKeywords(resumeSpans, vocabulary);
  const inResume = credit.direct;
  const context = requirementContext(jdText);
  const alternatives = alternativeSets(jdText, jdSpans, vocabulary);

  const required = new Map<string, boolean>(); // first-appearance order, required if ANY mention is
  for (const span of jdSpans)
    required.set(span.keywordId, (required.get(span.keywordId) ?? false) || context.levelAt(span.start) === "required");

  const requested: RequestedKeyword[] = [];
  for (const [id, isRequired] of required) {
    const k = byId.get(id);
    if (!k) continue;
    const cover = inResume.has(id) ? undefined : coveringKeyword(id, inResume, vocabulary.keywords, alternatives.get(id));
    const item: RequestedKeyword = {
      id,
      label: k.label,
      group: k.group,
      required: isRequired,
      inResume: inResume.has(id) || cover !== undefined,
    };
    if (cover) requested.push({ ...item, satisfiedBy: cover.label });
    else requested.push(!item.inResume && credit.inProgress.has(id) ? { ...item, inProgress: true } : item);
  }
  // Required first, then by group order, so the list reads like the posting's priorities.
  const groupOrder = new Map(vocabulary.groups.map((g, i) => [g.id, i] as const));
  requested.sort((a, b) => Number(b.required) - Number(a.required) || (groupOrder.get(a.group) ?? 0) - (groupOrder.get(b.group) ?? 0));

  const { score, formula } = scoreOf(requested);
  const suggestions = jobDescriptionSuggestions({ requested, resumeText, jdText, resumeSpans, jdSpans, path, vocabulary, score });
  return { requested, score, formula, suggestions, resumeSpans, jdSpans };
}

/**
 * A resume keyword covering `id`: one that satisfies it (CPC → CPC-A), a specific form of it
 * ("A/R aging" → accounts receivable), or one covering a posting alternative.
 */
function coveringKeyword(
  id: string,
  have: ReadonlySet<string>,
  keywords: readonly Keyword[],
  alternatives: ReadonlySet<string> = new Set(),
): Keyword | undefined {
  const covers = (target: string) =>
    keywords.find((k) => have.has(k.id) && (k.id === target || (k.satisfies ?? []).includes(target) || (k.broader ?? []).includes(target)));
  for (const target of [id, ...alternatives]) {
    const k = covers(target);
    if (k) return k;
  }
  return undefined;
}

const OR_JOINER = /^\s*(?:,\s*)?(?:or|and\/or|\/)\s*$/i;
const LIST_JOINER = /^\s*,\s*$/;

/**
 * "CPC, CPC-A or CCS", "Cerner or Epic": terms of an "any" group (credentials, EHRs) joined by
 * "or" are alternatives, so holding one of them covers the others. A plain comma list without
 * "or" ("CPT, HCPCS") still asks for each term.
 */
function alternativeSets(jd: string, spans: readonly KeywordSpan[], vocabulary: KeywordVocabulary): Map<string, Set<string>> {
  const anyGroup = new Set<string>(vocabulary.groups.filter((g) => g.coverage === "any").map((g) => g.id));
  const groupOf = new Map(vocabulary.keywords.map((k) => [k.id, k.group] as const));
  const out = new Map<string, Set<string>>();
  const flush = (chain: KeywordSpan[], hasOr: boolean) => {
    if (!hasOr || chain.length < 2) return;
    const ids = new Set(chain.map((s) => s.keywordId));
    for (const id of ids) out.set(id, new Set([...(out.get(id) ?? []), ...ids].filter((x) => x !== id)));
  };
  let chain: KeywordSpan[] = [];
  let hasOr = false;
  for (const span of spans.filter((s) => !s.implied)) {
    const prev = chain[chain.length - 1];
    const between = prev ? jd.slice(prev.end, span.start) : "";
    const sameGroup =
      prev && groupOf.get(prev.keywordId) === groupOf.get(span.keywordId) && anyGroup.has(groupOf.get(span.keywordId) ?? "");
    if (prev && sameGroup && (OR_JOINER.test(between) || LIST_JOINER.test(between))) {
      hasOr ||= OR_JOINER.test(between);
      chain.push(span);
    } else {
      flush(chain, hasOr);
      chain = [span];
      hasOr = false;
    }
  }
  flush(chain, hasOr);
  return out;
}

function scoreOf(requested: readonly RequestedKeyword[]): { score: number; formula: string[] } {
  const weight = (r: RequestedKeyword) => (r.required ? REQUIRED_WEIGHT : OTHER_WEIGHT);
  const possible = requested.reduce((sum, r) => sum + weight(r), 0);
  const earned = requested.filter((r) => r.inResume).reduce((sum, r) => sum + weight(r), 0);
  const count = (list: readonly RequestedKeyword[], req: boolean) => list.filter((r) => r.required === req).length;
  const matched = requested.filter((r) => r.inResume);
  const formula = [
    "Score = weight of posting terms your resume has ÷ weight of all posting terms × 100.",
    `Required terms weigh ${REQUIRED_WEIGHT}, others ${OTHER_WEIGHT}; each term counts once, however often it appears.`,
  ];
  if (possible === 0) {
    formula.push("No medical coding or billing terms were found in the posting, so there is nothing to score.");
    return { score: 0, formula };
  }
  const score = Math.round((100 * earned) / possible);
  formula.push(
    `Resume has: ${count(matched, true)} required × ${REQUIRED_WEIGHT} + ${count(matched, false)} other × ${OTHER_WEIGHT} = ${earned}.`,
    `Posting asks: ${count(requested, true)} required × ${REQUIRED_WEIGHT} + ${count(requested, false)} other × ${OTHER_WEIGHT} = ${possible}.`,
    `${earned} ÷ ${possible} × 100 = ${score}.`,
  );
  return { score, formula };
}
