// Seals an email body while it waits in the queue: AES-256-GCM under a key derived (HKDF)
// from AUTH_SECRET, which every app instance and worker shares. A database reader finds no
// working link in a queued message (docs/decisions/0008 and 0011); the sealed body is cleared
// as soon as the message is delivered or given up. A body sealed under an old secret cannot
// be opened after the secret changes: the message fails with that reason rather than leaking.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

const VERSION = "v1";

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync("sha256", secret, "chartpath-email-outbox", "queued email body", 32));
}

export function sealBody(text: string, secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(secret), iv);
  const sealed = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
  return [VERSION, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), sealed.toString("base64url")].join(".");
}

export class UnsealError extends Error {}

export function openBody(sealed: string, secret: string): string {
  const [version, iv, tag, body] = sealed.split(".");
  if (version !== VERSION || !iv || !tag || body === undefined) throw new UnsealError("unknown sealed-body format");
  try {
    const decipher = createDecipheriv("aes-256-gcm", key(secret), Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    return Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
  } catch {
    throw new UnsealError("the message was sealed under a different AUTH_SECRET");
  }
}
