// Read models for the applications page (board + table) and one application's detail.
// The board/table is ONE query whatever the number of applications: filtering, search and
// sorting happen in SQL; history and contacts are loaded only on the detail page.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/data/errors";
import type { ApplicationStage } from "@/lib/domain/applications";
import type { RoleType, WorkMode } from "@/lib/domain/application-fields";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertCan } from "@/lib/data/access";

import type { SortKey } from "./board-sort";

export type { SortKey } from "./board-sort";

export interface BoardFilters {
  stage?: ApplicationStage;
  roleType?: RoleType;
  workMode?: WorkMode;
  q?: string;
  sort?: SortKey;
  dir?: "asc" | "desc";
}

const ORDER: Record<SortKey, (dir: "asc" | "desc") => Prisma.JobApplicationOrderByWithRelationInput[]> = {
  updated: (dir) => [{ updatedAt: dir }],
  company: (dir) => [{ company: dir }, { title: dir }],
  stage: (dir) => [{ stage: dir }, { stageChangedAt: "desc" }],
  followUp: (dir) => [{ followUpOn: { sort: dir, nulls: "last" } }],
  applied: (dir) => [{ appliedOn: { sort: dir, nulls: "last" } }],
  score: (dir) => [{ matchScore: { sort: dir, nulls: "last" } }],
};

export async function listApplications(actor: CurrentUser, filters: BoardFilters = {}) {
  assertCan(actor, "read:job-hunt:own");
  const q = filters.q?.trim().slice(0, 100);
  const where: Prisma.JobApplicationWhereInput = {
    userId: actor.id,
    ...(filters.stage ? { stage: filters.stage } : {}),
    ...(filters.roleType ? { roleType: filters.roleType } : {}),
    ...(filters.workMode ? { workMode: filters.workMode } : {}),
    ...(q
      ? {
          OR: [
            { company: { contains: q, mode: "insensitive" } },
            { title: { contains: q, mode: "insensitive" } },
            { location: { contains: q, mode: "insensitive" } },
          ],
        }
      : {}),
  };
  const sort = filters.sort ?? "updated";
  return db.jobApplication.findMany({
    where,
    orderBy: [...ORDER[sort](filters.dir ?? (sort === "updated" || sort === "score" ? "desc" : "asc")), { id: "asc" }],
    select: {
      id: true,
      company: true,
      title: true,
      roleType: true,
      workMode: true,
      location: true,
      stage: true,
      stageChangedAt: true,
      appliedOn: true,
      followUpOn: true,
      matchScore: true,
      updatedAt: true,
    },
    take: 2000,
  });
}
export type ApplicationListItem = Awaited<ReturnType<typeof listApplications>>[number];

export async function getApplicationDetail(actor: CurrentUser, id: string) {
  assertCan(actor, "read:job-hunt:own");
  const app = await db.jobApplication.findFirst({
    where: { id, userId: actor.id },
    select: {
      id: true,
      company: true,
      title: true,
      roleType: true,
      workMode: true,
      location: true,
      source: true,
      link: true,
      salaryMin: true,
      salaryMax: true,
      notes: true,
      jobDescription: true,
      matchScore: true,
      matchSnapshot: true,
      stage: true,
      stageChangedAt: true,
      appliedOn: true,
      followUpOn: true,
      version: true,
      createdAt: true,
      history: { select: { id: true, fromStage: true, toStage: true, changedAt: true }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
      contacts: { select: { id: true, name: true, role: true, email: true, phone: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!app) throw new NotFoundError("That application was not found.");
  return app;
}
