// Decides whether a position in a job description sits in a "required" or "preferred" context,
// so required-sounding terms can weigh more. Closest cue wins: the term's own clause, then its
// sentence, then an inline label ("Preferred: …"), then the section heading it falls under.

export type RequirementLevel = "required" | "preferred" | "neutral";

// "as required"/"as needed" describe duties, not qualifications ("file appeals as required").
const REQUIRED_CUE = /\b(?:required|requires?|must(?:[- ]haves?)?|mandatory|minimum|essential|need to have)\b/gi;
const PREFERRED_CUE =
  /\b(?:preferred|prefer|nice[- ]to[- ]haves?|a plus|is a plus|bonus|desired|desirable|ideally|helpful|an advantage)\b/gi;
const DUTY_PHRASE = /\bas (?:required|needed)\b/gi;
// Heading words that mean "requirements" only when used as a heading ("Qualifications", "What you need").
const HEADING_REQUIRED = /\b(?:qualifications|requirements|what you(?:'ll)? need|looking for|who you are|must haves?|minimum|required)\b/i;
// A line without a colon is a heading only if it is entirely one of these ("Epic experience preferred" is not).
const BARE_HEADING =
  /^(?:(?:minimum|basic|required|preferred|desired|additional|key|job|position|essential)\s+)?(?:qualifications|requirements|skills(?: (?:and|&) experience)?|experience|education|responsibilities|duties|benefits|nice[- ]to[- ]haves?|bonus points|what you(?:'ll)? (?:need|bring|do)|who you are|about (?:us|you|the role|the job)|the role|overview|summary|perks|compensation|schedule)$/i;

interface Cue {
  index: number;
  level: Exclude<RequirementLevel, "neutral">;
}

interface Sentence {
  start: number;
  end: number;
  cues: Cue[];
  cueIndexes?: number[];
  label: RequirementLevel;
}

export interface RequirementContext {
  levelAt(index: number): RequirementLevel;
}

function cuesIn(text: string, offset: number): Cue[] {
  const masked = text.replace(DUTY_PHRASE, (m) => " ".repeat(m.length));
  const cues: Cue[] = [];
  for (const m of masked.matchAll(REQUIRED_CUE)) cues.push({ index: offset + m.index, level: "required" });
  for (const m of masked.matchAll(PREFERRED_CUE)) cues.push({ index: offset + m.index, level: "preferred" });
  return cues;
}

/** Level of a heading or inline label: preferred words win over required ones ("Preferred qualifications"). */
function labelLevel(label: string): RequirementLevel {
  if (cuesIn(label, 0).some((c) => c.level === "preferred")) return "preferred";
  if (HEADING_REQUIRED.test(label) || cuesIn(label, 0).length > 0) return "required";
  return "neutral";
}

/** Without leading bullet marks and trailing emphasis marks ("**Requirements**"). */
function stripBullet(line: string): string {
  const text = line.replace(/^[\s#>*•\-–—·▪◦]+/u, "");
  // A loop, not /[*_]+$/: that regex retried from every "*" of a run not at the end (quadratic).
  let end = text.length;
  while (end > 0 && (text[end - 1] === "*" || text[end - 1] === "_")) end--;
  return text.slice(0, end).trim();
}

/** A line on its own that names a section: "Minimum Qualifications", "Responsibilities:". */
function headingOf(line: string): string | undefined {
  const bare = stripBullet(line);
  if (bare.endsWith(":") && bare.split(/\s+/).length <= 6) return bare.slice(0, -1);
  return BARE_HEADING.test(bare) ? bare : undefined;
}

/** Sentences of one line: they end at . ! ? ; followed by a space, so "E11.40" stays whole. */
function sentencesOf(line: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  let from = 0;
  // The lookbehind starts a match only at the first mark of a run: without it a run of
  // marks not followed by a space was retried from each of its marks (quadratic).
  for (const m of line.matchAll(/(?<![.!?;])[.!?;]+(?=\s|$)/g)) {
    const end = m.index + m[0].length;
    out.push({ index: from, text: line.slice(from, end) });
    from = end;
  }
  if (from < line.length) out.push({ index: from, text: line.slice(from) });
  return out;
}

/** Binary search in a list sorted by start: the last item starting at or before `index`. */
function lastStartingBefore<T extends { start: number }>(items: readonly T[], index: number): T | undefined {
  let lo = 0,
    hi = items.length - 1,
    found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const item = items[mid];
    if (item && item.start <= index) {
      found = item;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** How many of the ascending `sorted` are ≤ x. */
function countAtOrBelow(sorted: readonly number[], x: number): number {
  let lo = 0,
    hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? Infinity) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function requirementContext(jd: string): RequirementContext {
  const sections: { start: number; level: RequirementLevel }[] = [{ start: 0, level: "neutral" }];
  const sentences: Sentence[] = [];
  let offset = 0;
  for (const line of jd.split("\n")) {
    const heading = headingOf(line);
    if (heading !== undefined) sections.push({ start: offset, level: labelLevel(heading) });
    else {
      const inline = /^([^:]{2,40}):\s*\S/.exec(stripBullet(line));
      const label = inline?.[1] ? labelLevel(inline[1]) : "neutral";
      for (const part of sentencesOf(line)) {
        const start = offset + part.index;
        sentences.push({ start, end: start + part.text.length, cues: cuesIn(part.text, start), label });
      }
    }
    offset += line.length + 1;
  }

  // Cues of a sentence by position, and every comma: levelAt binary-searches both, so a long
  // posting full of cues costs O(log n) per keyword instead of a filter and sort of all cues.
  for (const sentence of sentences) {
    sentence.cues.sort((a, b) => a.index - b.index);
    sentence.cueIndexes = sentence.cues.map((c) => c.index);
  }
  const commas: number[] = [];
  for (let i = jd.indexOf(","); i !== -1; i = jd.indexOf(",", i + 1)) commas.push(i);

  return {
    levelAt(index) {
      const sentence = lastStartingBefore(sentences, index);
      if (sentence && index < sentence.end && sentence.cues.length > 0) {
        const cues = sentence.cues;
        const commaAfter = countAtOrBelow(commas, index - 1); // first comma at or after index
        const clauseStart = Math.max(sentence.start, (commas[countAtOrBelow(commas, index) - 1] ?? -1) + 1);
        const nextComma = commas[commaAfter] ?? -1;
        const clauseEnd = nextComma === -1 || nextComma > sentence.end ? sentence.end : nextComma;
        const split = countAtOrBelow(sentence.cueIndexes ?? [], index); // cues[split - 1] ≤ index < cues[split]
        const atOrBefore = cues[split - 1];
        const after = cues[split];
        const before = atOrBefore && atOrBefore.index === index ? cues[split - 2] : atOrBefore;
        // The nearest cue inside the clause; at equal distance a required cue wins (as before).
        const inClause = [atOrBefore, after]
          .filter((c): c is Cue => !!c && c.index >= clauseStart && c.index < clauseEnd)
          .sort((a, b) => Math.abs(a.index - index) - Math.abs(b.index - index) || (a.level === "required" ? -1 : 1))[0];
        const cue = inClause ?? after ?? before;
        if (cue) return cue.level;
      }
      if (sentence && index < sentence.end && sentence.label !== "neutral") return sentence.label;
      const section = lastStartingBefore(sections, index);
      return section?.level ?? "neutral";
    },
  };
}
