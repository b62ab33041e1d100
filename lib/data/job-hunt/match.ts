// Matching a pasted job description against the saved resume (pure matchJobDescription), and
// saving that match on a new or an existing application of the learner.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError } from "@/lib/data/errors";
import { highlightSpans, matchJobDescription, type TextSegment } from "@/lib/domain/keyword-match";
import type { ApplicationFields } from "@/lib/domain/application-schema";
import { assertCan } from "@/lib/data/access";
import { guardPhi } from "@/lib/data/job-hunt/phi";
import { createApplication } from "./applications";
import { getResumeForMatch } from "./resume";

export interface MatchView {
  score: number;
  formula: string[];
  suggestions: string[];
  requested: { id: string; label: string; required: boolean; inResume: boolean; satisfiedBy?: string; inProgress?: boolean }[];
  resumeSegments: TextSegment[];
  jdSegments: TextSegment[];
  hasResume: boolean;
}

export async function analyzeJobDescription(actor: CurrentUser, jobDescription: string): Promise<MatchView> {
  assertCan(actor, "read:job-hunt:own");
  const resume = await getResumeForMatch(actor);
  const m = matchJobDescription(resume.text, jobDescription, resume.path);
  return {
    score: m.score,
    formula: m.formula,
    suggestions: m.suggestions,
    requested: m.requested.map((r) => ({
      id: r.id,
      label: r.label,
      required: r.required,
      inResume: r.inResume,
      ...(r.satisfiedBy ? { satisfiedBy: r.satisfiedBy } : {}),
      ...(r.inProgress ? { inProgress: true } : {}),
    })),
    resumeSegments: highlightSpans(resume.text, m.resumeSpans),
    jdSegments: highlightSpans(jobDescription, m.jdSpans),
    hasResume: resume.text.trim() !== "",
  };
}

function snapshotOf(view: MatchView) {
  return {
    score: view.score,
    at: new Date().toISOString(),
    formula: view.formula,
    suggestions: view.suggestions,
    requested: view.requested,
  };
}

/** Saves the match on an existing application (`applicationId`) or creates one from `fields`. */
export async function saveMatch(
  actor: CurrentUser,
  input: { jobDescription: string; confirmPhi: boolean } & ({ applicationId: string } | { fields: ApplicationFields }),
): Promise<{ id: string }> {
  assertCan(actor, "update:application:own");
  guardPhi({ jobDescription: input.jobDescription }, input.confirmPhi);
  const view = await analyzeJobDescription(actor, input.jobDescription);
  if ("fields" in input) {
    return createApplication(
      actor,
      { ...input.fields, jobDescription: input.jobDescription },
      { confirmPhi: true, match: { score: view.score, snapshot: snapshotOf(view) } },
    );
  }
  const { count } = await db.jobApplication.updateMany({
    where: { id: input.applicationId, userId: actor.id },
    data: { jobDescription: input.jobDescription, matchScore: view.score, matchSnapshot: snapshotOf(view), version: { increment: 1 } },
  });
  if (count === 0) throw new NotFoundError("That application was not found.");
  await touchActivity(actor.id);
  return { id: input.applicationId };
}
