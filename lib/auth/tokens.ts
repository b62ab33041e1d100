// Single-use secrets (reset, sign-up confirmation, invitations): 256-bit random, sent to the
// user once, stored only as a SHA-256 hash so a database leak yields no usable links.
import { createHash, randomBytes } from "node:crypto";

export function hashToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export const TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
