// E-mail addresses in free text, found in linear time. Gives exactly the matches of
// /\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b/g (tests/unit/job-hunt/email-scan.test.ts
// compares the two), which backtracked: it re-checked the domain after an "@" once for every
// start position in the local part. Here each "@" has its local part and domain examined once.

const code = (text: string, i: number) => text.charCodeAt(i); // NaN past either end
const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
const isWord = (c: number) => isLetter(c) || isDigit(c) || c === 95; // \w: letters, digits, _
const isLocal = (c: number) => isLetter(c) || isDigit(c) || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
const isDomain = (c: number) => isLetter(c) || isDigit(c) || c === 46 || c === 45; // . -
const boundaryAt = (text: string, i: number) => isWord(code(text, i - 1)) !== isWord(code(text, i));

/** End of the address whose "@" is at `at` (the regex's greedy choice), or -1. */
function domainEnd(text: string, at: number): number {
  let runEnd = at + 1;
  while (isDomain(code(text, runEnd))) runEnd++;
  // The latest "." with at least one domain character before it and 2+ letters after it,
  // ending at a word boundary: greedy `[A-Za-z0-9.-]+` gives back characters from the right.
  for (let dot = runEnd - 1; dot >= at + 2; dot--) {
    if (code(text, dot) !== 46) continue;
    let end = dot + 1;
    while (isLetter(code(text, end))) end++;
    if (end - dot - 1 >= 2 && !isWord(code(text, end))) return end;
  }
  return -1;
}

export function* emailMatches(text: string): Generator<{ 0: string; index: number }> {
  let from = 0; // where the previous match ended: the next one starts at or after it
  for (let at = text.indexOf("@"); at !== -1; at = text.indexOf("@", at + 1)) {
    let start = at;
    while (start > from && isLocal(code(text, start - 1))) start--;
    // Leftmost start inside the local part that sits on a word boundary.
    while (start < at && !boundaryAt(text, start)) start++;
    if (start === at) continue;
    const end = domainEnd(text, at);
    if (end === -1) continue;
    yield { 0: text.slice(start, end), index: start };
    from = end;
  }
}
