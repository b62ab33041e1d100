// What the outbox may keep of an email outside demo mode: the text with every link's query
// and fragment, and every token-looking string, removed. Reset, sign-up and invitation links
// carry their single-use token in the query; nothing that works as a link survives.
// Both patterns are linear (no nested quantifiers), whatever the input.

export const REDACTED = "[removed: sent by email only]";

const URL_QUERY = /(\bhttps?:\/\/[^\s?#]*)[?#]\S*/gi;
// Our tokens are 43 base64url characters; any run this long is treated as a secret.
const TOKEN_LIKE = /[A-Za-z0-9_-]{32,}/g;

export function redactLinks(text: string): string {
  return text.replace(URL_QUERY, `$1?${REDACTED}`).replace(TOKEN_LIKE, REDACTED);
}
