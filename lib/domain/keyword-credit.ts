// What a resume's keyword mentions credit: the terms it shows directly, the general terms those
// are specific forms of ("A/R aging" shows accounts receivable work), and credentials it only
// names as in progress ("CPB candidate"), which are not held. One rule for the resume checklist
// and the job-description match, so both say the same thing about the same resume.
import type { KeywordVocabulary } from "@/lib/content/keywords";
import type { KeywordSpan } from "@/lib/domain/keyword-find";

export interface KeywordCredit {
  /** Ids the text names as held (a credential named both ways counts as held). */
  direct: ReadonlySet<string>;
  /** `direct` plus every general keyword of a direct one, transitively. */
  held: ReadonlySet<string>;
  /** General keyword id → label of the specific keyword that shows it. */
  via: ReadonlyMap<string, string>;
  /** Credentials named only as in progress. */
  inProgress: ReadonlySet<string>;
}

export function creditKeywords(spans: readonly KeywordSpan[], vocabulary: KeywordVocabulary): KeywordCredit {
  const byId = new Map(vocabulary.keywords.map((k) => [k.id, k] as const));
  const direct = new Set(spans.filter((s) => !s.inProgress).map((s) => s.keywordId));
  const held = new Set(direct);
  const via = new Map<string, string>();
  // Breadth-first over `broader`; each id is visited once, so a cycle cannot loop.
  const queue = [...direct];
  for (let i = 0; i < queue.length; i++) {
    const k = byId.get(queue[i] ?? "");
    for (const general of k?.broader ?? []) {
      if (held.has(general)) continue;
      held.add(general);
      via.set(general, via.get(k?.id ?? "") ?? k?.label ?? general);
      queue.push(general);
    }
  }
  const inProgress = new Set(spans.filter((s) => s.inProgress && !held.has(s.keywordId)).map((s) => s.keywordId));
  return { direct, held, via, inProgress };
}
