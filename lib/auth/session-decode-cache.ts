// Decrypted session cookies, remembered per process so a signed-in page does not repeat the
// JWE decryption for a cookie it has already opened (its measured cost: bench/README.md).
// Safe because a token's contents never change: the cache holds only tokens that decrypted
// and verified, keyed by cookie name and value, and each hit re-checks the token's expiry.
// Revocation does not depend on it: the user's session version is read from the database on
// every request (lib/auth/current-user.ts).
import "server-only";

export interface DecodedSession {
  id: string;
  sv: number;
  expiresAtMs: number;
}

const MAX_ENTRIES = 10_000; // ~8 MB at worst; the oldest entry goes first
const CLOCK_TOLERANCE_MS = 15_000; // the same tolerance Auth.js's decode applies

const entries = new Map<string, DecodedSession>();

export function cachedSession(cookieName: string, value: string, now = Date.now()): DecodedSession | undefined {
  const key = `${cookieName}\n${value}`;
  const hit = entries.get(key);
  if (!hit) return undefined;
  if (hit.expiresAtMs + CLOCK_TOLERANCE_MS <= now) {
    entries.delete(key);
    return undefined;
  }
  return hit;
}

export function rememberSession(cookieName: string, value: string, session: DecodedSession): void {
  if (entries.size >= MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  entries.set(`${cookieName}\n${value}`, session);
}
