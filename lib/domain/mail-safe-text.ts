// Text someone else chose (a sign-up name; for the programs engineer, program and inviter
// names) as it may appear in an email's subject or body: one line, no links. Mail clients
// turn URLs, bare domains and addresses into links and a newline in a subject can start a
// new header or a convincing fake paragraph, so those are dropped, not escaped.
// Linear: one pass over whitespace-separated words, no pattern with nested repetition.

const CONTROL_OR_SEPARATOR = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069]+/g;
const SCHEME = /^[a-z][a-z0-9+.-]*:[^\s]/i; // http://…, mailto:x, javascript:…, data:… (not "Note:")
const DOMAIN_LIKE = /[a-z0-9-]\.[a-z]{2,}/i; // example.com, evil.co/login, www.x.io
const HAS_AT = /@/;

function isLinkish(word: string): boolean {
  const w = word.replace(/^[("'<[]+/, "");
  return SCHEME.test(w) || DOMAIN_LIKE.test(w) || HAS_AT.test(w) || w.includes("//");
}

/** One line of at most `max` characters with link-like words removed; "" if nothing is left. */
export function mailSafeText(value: string, max = 80): string {
  const words = value.normalize("NFKC").replace(CONTROL_OR_SEPARATOR, " ").split(/\s+/).filter(Boolean);
  const kept = words.filter((w) => !isLinkish(w)).join(" ");
  return kept.length > max ? `${kept.slice(0, max - 1).trimEnd()}…` : kept;
}
