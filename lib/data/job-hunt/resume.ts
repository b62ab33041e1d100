// The learner's resume text, their path (for the keyword checklist) and credential stage
// (for LinkedIn suggestions), and saving the resume behind the PHI guard.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import type { CareerPath } from "@/lib/domain/types";
import type { CredentialStage } from "@/lib/domain/linkedin";
import { assertCan } from "@/lib/data/access";
import { guardPhi } from "@/lib/data/job-hunt/phi";

export async function getResumeWorkspace(actor: CurrentUser) {
  assertCan(actor, "read:job-hunt:own");
  const [resume, profile, goal, marks] = await Promise.all([
    db.resume.findUnique({ where: { userId: actor.id }, select: { text: true, fileName: true, updatedAt: true } }),
    db.learnerProfile.findUnique({ where: { userId: actor.id }, select: { path: true, credentialCode: true } }),
    db.credentialGoal.findFirst({
      where: { userId: actor.id },
      orderBy: { createdAt: "desc" },
      select: { credentialCode: true, examDate: true, passedOn: true, apprentice: true, apprenticeRemovedOn: true },
    }),
    db.checklistMark.findMany({ where: { userId: actor.id, list: "resume-keywords" }, select: { itemKey: true } }),
  ]);
  const path: CareerPath = profile?.path === "BILLING" ? "BILLING" : "CODING";
  const code = goal?.credentialCode ?? profile?.credentialCode ?? undefined;
  const stage: CredentialStage = !goal
    ? code
      ? "studying"
      : "none"
    : goal.passedOn
      ? goal.apprentice && !goal.apprenticeRemovedOn
        ? "apprentice"
        : "certified"
      : goal.examDate
        ? "scheduled"
        : "studying";
  return {
    text: resume?.text ?? "",
    fileName: resume?.fileName ?? null,
    updatedAt: resume?.updatedAt ?? null,
    path,
    credential: code ? { code, stage } : undefined,
    manualChecks: marks.map((m) => m.itemKey),
  };
}

export async function saveResume(actor: CurrentUser, input: { text: string; fileName?: string | null; confirmPhi: boolean }) {
  assertCan(actor, "update:resume:own");
  // The learner's own contact details on their resume are not patient identifiers.
  guardPhi({ text: input.text }, input.confirmPhi, [actor.email]);
  await db.resume.upsert({
    where: { userId: actor.id },
    create: { userId: actor.id, text: input.text, fileName: input.fileName ?? null },
    update: { text: input.text, fileName: input.fileName ?? null, version: { increment: 1 } },
  });
  await touchActivity(actor.id);
}

/** Resume text and path for the job-description matcher. */
export async function getResumeForMatch(actor: CurrentUser): Promise<{ text: string; path: CareerPath }> {
  const w = await getResumeWorkspace(actor);
  return { text: w.text, path: w.path };
}
