// Graduate survey link secrets. The token is derived from the survey id with a key only the app
// holds (HKDF from AUTH_SECRET), so reminders repeat the first email's link while the database
// keeps only its SHA-256 hash (lib/auth/tokens.ts): a database reader cannot answer anyone's
// survey. 256 bits, base64url (43 characters, TOKEN_PATTERN). A new AUTH_SECRET ends every
// outstanding survey link, as it ends every session. No "server-only": the demo seed uses it.
import { createHmac, hkdfSync } from "node:crypto";

export function surveyTokenFor(secret: string, surveyId: string): string {
  const key = Buffer.from(hkdfSync("sha256", secret, "chartpath-graduate-survey", "survey link", 32));
  return createHmac("sha256", key).update(surveyId).digest("base64url");
}
