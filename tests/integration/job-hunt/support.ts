// Job-hunt integration helpers: the three actors every test needs (owner, another learner,
// an advisor without the learner role), an application factory and a snapshot of every
// job-hunt table to prove that denied calls write nothing.
import { db } from "@/lib/db";
import { actorFor, createOrg, createUser } from "../../support/factories";
import type { ApplicationFields } from "@/lib/domain/application-schema";

export async function actors() {
  const ownerUser = await createUser({ name: "Owner Learner" });
  const otherUser = await createUser({ name: "Other Learner" });
  const advisorUser = await createUser({ name: "Advisor Only", learner: false });
  const org = await createOrg();
  await db.membership.create({ data: { organizationId: org.id, userId: advisorUser.id, role: "ADVISOR" } });
  return {
    owner: actorFor(ownerUser, ["learner"]),
    other: actorFor(otherUser, ["learner"]),
    advisor: actorFor(advisorUser, ["advisor"], { advisor: [org.id] }),
  };
}

export const FIELDS: ApplicationFields = {
  company: "Lakeshore Health",
  title: "Medical Coder I",
  roleType: "MEDICAL_CODER",
  workMode: "REMOTE",
  source: "INDEED",
  location: "Columbus, OH",
  link: "https://jobs.example.test/1",
  salaryMin: 40000,
  salaryMax: 46000,
};

export async function makeApplication(
  userId: string,
  overrides: Partial<{ company: string; stage: "SAVED" | "APPLIED" | "INTERVIEWING"; followUpOn: Date | null; daysAgo: number }> = {},
) {
  const changedAt = new Date(Date.now() - (overrides.daysAgo ?? 3) * 86_400_000);
  const stage = overrides.stage ?? "SAVED";
  return db.jobApplication.create({
    data: {
      userId,
      company: overrides.company ?? "Acme Clinic",
      title: "Coder",
      roleType: "MEDICAL_CODER",
      workMode: "ONSITE",
      source: "INDEED",
      stage,
      stageChangedAt: changedAt,
      followUpOn: overrides.followUpOn ?? null,
      appliedOn: stage === "SAVED" ? null : changedAt,
      history: { create: [{ userId, toStage: stage, changedAt }] },
    },
  });
}

/** Every row a job-hunt write could touch, in a stable order (for "nothing changed" checks). */
export async function snapshot() {
  const [apps, changes, contacts, resumes, marks, portfolio] = await Promise.all([
    db.jobApplication.findMany({ orderBy: { id: "asc" } }),
    db.applicationStageChange.findMany({ orderBy: { id: "asc" } }),
    db.applicationContact.findMany({ orderBy: { id: "asc" } }),
    db.resume.findMany({ orderBy: { userId: "asc" } }),
    db.checklistMark.findMany({ orderBy: { id: "asc" } }),
    db.portfolioItem.findMany({ orderBy: { id: "asc" } }),
  ]);
  return { apps, changes, contacts, resumes, marks, portfolio };
}

export function form(values: Record<string, string | Blob>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(values)) fd.append(k, v);
  return fd;
}
