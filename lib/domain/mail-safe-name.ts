// Names other people chose (program, cohort, inviter, the recipient's first name from a
// roster) go into the subject and body of mail Chartpath sends to any address, so they must
// not carry header breaks, hidden text or anything a mail client turns into a link. This
// keeps the words and drops whatever looks like a link; it never backtracks (one pass over
// the words, each test constant work per character).

// Controls (CR, LF, tab…), C1 controls, zero-width and bidirectional overrides, line and
// paragraph separators, byte-order mark: all become spaces.
const HIDDEN = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g;
// Something a mail client would linkify: a dotted host name ("evil.example", "x.co/path").
const HOST = /[a-z0-9-]\.[a-z]{2,}/;
const IPV4 = /\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}/;
const SCHEME = /^(mailto|tel|sms|javascript|data|file|ftp):/;

export const MAIL_NAME_MAX = 80;

function looksLikeLink(word: string): boolean {
  const w = word.toLowerCase();
  return w.includes("://") || w.startsWith("www.") || w.includes("@") || SCHEME.test(w) || HOST.test(w) || IPV4.test(w);
}

/** The name on one line, without links, at most MAIL_NAME_MAX characters; `fallback` when nothing is left. */
export function mailSafeName(raw: string, fallback: string): string;
export function mailSafeName(raw: string | undefined, fallback?: undefined): string | undefined;
export function mailSafeName(raw: string | undefined, fallback?: string): string | undefined {
  const words = (raw ?? "")
    .slice(0, 1_000)
    .normalize("NFKC")
    .replace(HIDDEN, " ")
    .split(/\s+/)
    .filter((w) => w && !looksLikeLink(w));
  let name = words.join(" ");
  if (name.length > MAIL_NAME_MAX) name = `${name.slice(0, MAIL_NAME_MAX - 1).trimEnd()}…`;
  return name || fallback;
}
