// CSV export of all the learner's applications with their stage history and contacts.
// Cells are neutralized against formula injection by lib/domain/csv.ts toCsv.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { toCsv } from "@/lib/domain/csv";
import { APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import {
  ROLE_TYPE_LABELS,
  SOURCE_LABELS,
  WORK_MODE_LABELS,
  type ApplicationSource,
  type RoleType,
  type WorkMode,
} from "@/lib/domain/application-fields";
import { assertCan } from "@/lib/data/access";
import { isoOrNull } from "@/lib/data/dates";

const EXPORT_HEADERS = [
  "Company",
  "Title",
  "Role type",
  "Work mode",
  "Location",
  "Source",
  "Link",
  "Salary min",
  "Salary max",
  "Stage",
  "Applied on",
  "Follow-up on",
  "Match score",
  "Notes",
  "Contacts",
  "History",
] as const;

export async function applicationsCsv(actor: CurrentUser): Promise<string> {
  assertCan(actor, "read:job-hunt:own");
  const apps = await db.jobApplication.findMany({
    where: { userId: actor.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      company: true,
      title: true,
      roleType: true,
      workMode: true,
      location: true,
      source: true,
      link: true,
      salaryMin: true,
      salaryMax: true,
      stage: true,
      appliedOn: true,
      followUpOn: true,
      matchScore: true,
      notes: true,
      contacts: { select: { name: true, role: true, email: true, phone: true }, orderBy: { createdAt: "asc" } },
      history: { select: { toStage: true, changedAt: true }, orderBy: [{ changedAt: "asc" }, { id: "asc" }] },
    },
  });
  const rows = apps.map((a) => [
    a.company,
    a.title,
    ROLE_TYPE_LABELS[a.roleType as RoleType] ?? a.roleType,
    WORK_MODE_LABELS[a.workMode as WorkMode] ?? a.workMode,
    a.location,
    SOURCE_LABELS[a.source as ApplicationSource] ?? a.source,
    a.link,
    a.salaryMin,
    a.salaryMax,
    APPLICATION_STAGE_LABELS[a.stage],
    isoOrNull(a.appliedOn),
    isoOrNull(a.followUpOn),
    a.matchScore,
    a.notes,
    a.contacts.map((c) => [c.name, c.role.toLowerCase(), c.email, c.phone].filter(Boolean).join(" ")).join("; "),
    a.history.map((h) => `${isoOrNull(h.changedAt)} ${APPLICATION_STAGE_LABELS[h.toStage]}`).join("; "),
  ]);
  return toCsv([[...EXPORT_HEADERS], ...rows], { bom: true });
}
