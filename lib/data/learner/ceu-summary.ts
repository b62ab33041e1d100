// The learner's CEU progress per certifying body, read once for every page that shows it (the
// dashboard, the credential page): Postgres sums the current cycle's entries (the windows come
// from lib/domain/credential-status), so a long CEU log cannot be cut short by a display limit.
import "server-only";
import { db } from "@/lib/db";
import { getCredential } from "@/lib/content/credentials";
import { ceuSummaries, ceuWindows, type CeuBodySummary, type PassedCredential } from "@/lib/domain/credential-status";
import type { CertBody, IsoDate } from "@/lib/domain/types";
import { toDbDate, toIso } from "@/lib/data/dates";

export function passedCredentials(goals: readonly { credentialCode: string; passedOn: IsoDate | null }[]): PassedCredential[] {
  return goals.flatMap((g) =>
    g.passedOn ? [{ credentialCode: g.credentialCode, body: getCredential(g.credentialCode).body as CertBody, passedOn: g.passedOn }] : [],
  );
}

/** One query once a credential is passed, none before. The caller has checked access. */
export async function loadCeuSummaries(userId: string, passed: readonly PassedCredential[], today: IsoDate): Promise<CeuBodySummary[]> {
  const windows = ceuWindows(passed, today);
  if (windows.length === 0) return [];
  const sums = await db.ceuEntry.groupBy({
    by: ["body", "earnedOn"],
    _sum: { ceus: true },
    where: { userId, OR: windows.map((w) => ({ body: w.body, earnedOn: { gte: toDbDate(w.start), lte: toDbDate(w.end) } })) },
  });
  return ceuSummaries(
    passed,
    sums.map((s) => ({ body: s.body, earnedOn: toIso(s.earnedOn), ceus: s._sum.ceus ?? 0 })),
    today,
  );
}
