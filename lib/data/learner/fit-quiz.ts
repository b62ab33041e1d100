// Fit-quiz attempts: scored by lib/domain/fit-quiz, kept for a learner's account or, for a
// visitor, under a random visitor id (httpOnly cookie) until they sign in and claim them.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { UserInputError } from "@/lib/data/errors";
import { touchActivity } from "@/lib/data/activity";
import { scoreFitQuiz, type FitQuizResult } from "@/lib/domain/fit-quiz";
import type { FitRecommendation } from "@/lib/domain/types";
import { assertCan } from "@/lib/data/access";

export interface FitAttemptView {
  id: string;
  createdAt: Date;
  recommendation: FitRecommendation;
  confidence: number;
  result: FitQuizResult;
}

const VISITOR_ID = /^[0-9a-f-]{36}$/;
const SELECT = { id: true, createdAt: true, recommendation: true, confidence: true, result: true } as const;

function view(row: { id: string; createdAt: Date; recommendation: string; confidence: number; result: unknown }): FitAttemptView {
  return { ...row, recommendation: row.recommendation as FitRecommendation, result: row.result as FitQuizResult };
}

/** Anyone may take the quiz; a learner's attempt goes on their account, anyone else's on the visitor id. */
export async function recordFitQuizAttempt(actor: CurrentUser | null, visitorId: string | null, answers: Record<string, unknown>) {
  const scored = scoreFitQuiz(answers);
  if (!scored.ok) {
    const fieldErrors: Record<string, string[]> = {};
    for (const e of scored.errors) (fieldErrors[e.field] ??= []).push(e.message);
    throw new UserInputError("Please answer every question.", fieldErrors);
  }
  const asLearner = actor !== null && hasPermission(actor, "claim:fit-quiz:own");
  if (!asLearner && (!visitorId || !VISITOR_ID.test(visitorId)))
    throw new UserInputError("Your browser did not keep the quiz cookie; enable cookies and try again.");
  const { recommendation, confidence } = scored.value;
  const row = await db.fitQuizAttempt.create({
    data: {
      userId: asLearner ? actor.id : null,
      visitorId: asLearner ? null : visitorId,
      answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, Number(v)])),
      recommendation,
      confidence,
      result: scored.value as unknown as object,
    },
    select: { id: true },
  });
  if (asLearner) await touchActivity(actor.id);
  return row;
}

/** The newest attempt of this learner, or of this visitor when nobody learner is signed in. */
export async function latestFitAttempt(actor: CurrentUser | null, visitorId: string | null): Promise<FitAttemptView | null> {
  if (actor && hasPermission(actor, "read:learner-journey:own")) {
    const row = await db.fitQuizAttempt.findFirst({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, select: SELECT });
    return row ? view(row) : null;
  }
  if (!visitorId || !VISITOR_ID.test(visitorId)) return null;
  const row = await db.fitQuizAttempt.findFirst({ where: { visitorId, userId: null }, orderBy: { createdAt: "desc" }, select: SELECT });
  return row ? view(row) : null;
}

export async function listFitAttempts(actor: CurrentUser | null): Promise<FitAttemptView[]> {
  assertCan(actor, "read:learner-journey:own");
  const rows = await db.fitQuizAttempt.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "desc" }, take: 50, select: SELECT });
  return rows.map(view);
}

/** Moves a visitor's unclaimed attempts onto the learner's account; attempts someone already owns are
 *  never touched. Called from the sign-in POST (lib/actions/auth/after-sign-in.ts), never while rendering a page. */
export async function claimVisitorAttempts(actor: CurrentUser | null, visitorId: string | null | undefined): Promise<number> {
  assertCan(actor, "claim:fit-quiz:own");
  if (!visitorId || !VISITOR_ID.test(visitorId)) return 0;
  const { count } = await db.fitQuizAttempt.updateMany({ where: { visitorId, userId: null }, data: { userId: actor.id, visitorId: null } });
  return count;
}
