// Whether a credential named in free text is held or only being worked toward: "CPB candidate",
// "pursuing the CPC", "CCS (in progress)", "CPC expected 2027", "eligible for CCA", "preparing
// for / studying for the CPC exam". Only a short window on each side of the mention is read,
// cut at the clause boundary, so "CPC, pursuing CPB" holds CPC and the cost per mention is
// bounded (the matcher stays linear in the text's length).

/** Characters read before and after a mention; enough for "preparing for the AAPC ". */
const WINDOW_BEFORE = 28;
const WINDOW_AFTER = 32;

// Anchored cues read on a window of at most WINDOW_* characters, so no regex here can see
// more than a few dozen characters of user text.
const CUE_AFTER =
  /^[\s()[\]:\-–—]*(?:(?:exam|certification|credential|test)\s+)?(?:candidate|in[\s-]progress|expected|anticipated|pending|eligible|planned|prep|preparation|scheduled|in training|coming soon)\b/i;
const CUE_BEFORE =
  /\b(?:pursuing|preparing (?:for|to (?:sit|take))|studying (?:for|toward|towards)|working (?:toward|towards|on)|candidate for|eligible (?:for|to sit(?: for)?)|expected|anticipated|in progress|plan(?:ning)? to (?:sit|take|earn)|sitting for|enrolled in|training for|prepping for)\b/i;

/** Clause boundaries: a mention's qualifier does not reach across them. */
const isBoundary = (text: string, i: number) => {
  const ch = text[i];
  if (ch === "," || ch === ";" || ch === "|" || ch === "\n" || ch === "•" || ch === "·") return true;
  return (ch === "." || ch === "!" || ch === "?") && (text[i + 1] === undefined || text[i + 1] === " " || text[i + 1] === "\n");
};

function windowAfter(text: string, end: number): string {
  const stop = Math.min(text.length, end + WINDOW_AFTER);
  let i = end;
  while (i < stop && !isBoundary(text, i)) i++;
  return text.slice(end, i);
}

function windowBefore(text: string, start: number): string {
  const stop = Math.max(0, start - WINDOW_BEFORE);
  let i = start;
  while (i > stop && !isBoundary(text, i - 1)) i--;
  return text.slice(i, start);
}

/** True when the mention at [start, end) is worded as in progress rather than held. */
export function mentionedAsInProgress(text: string, start: number, end: number): boolean {
  return CUE_AFTER.test(windowAfter(text, end)) || CUE_BEFORE.test(windowBefore(text, start));
}
