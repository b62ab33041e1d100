// Staff access to one learner: opening the drill-down is logged (the learner sees who looked),
// once per viewer per VIEW_DEDUPE_MINUTES so re-renders (adding a note, refreshing) are not
// counted as new views; notes are shared with the learner or kept to the program's staff.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { auditAccessOnce } from "@/lib/auth/audit";
import { assertCan, requireStaffAccessToLearner } from "@/lib/data/access";
import { invalidateRoster } from "@/lib/data/programs/roster";
import { UserInputError } from "@/lib/data/errors";
import { unconfirmedPhiErrors, type PhiWording } from "@/lib/domain/phi-guard";

export const VIEW_ACTION = "learner.dashboard.viewed";
export const VIEW_DEDUPE_MINUTES = 30;

const NOTE_PHI: PhiWording = {
  field: (list) => `This note may contain patient information: ${list}. Remove it, or tick the box to confirm it is not patient data.`,
};

export async function openLearnerForStaff(actor: CurrentUser, learnerId: string) {
  const orgIds = await requireStaffAccessToLearner(actor, learnerId, "read:learner-dashboard:cohort");
  const learner = await db.user.findUniqueOrThrow({
    where: { id: learnerId },
    select: {
      id: true,
      name: true,
      email: true,
      lastActiveAt: true,
      cohortEnrolments: {
        where: { leftAt: null, cohort: { organizationId: { in: orgIds } } },
        select: {
          joinedAt: true,
          cohort: { select: { id: true, name: true, organizationId: true, organization: { select: { name: true } } } },
        },
      },
    },
  });
  await auditAccessOnce(
    { action: VIEW_ACTION, actorId: actor.id, subjectUserId: learnerId, organizationId: orgIds[0] ?? null },
    VIEW_DEDUPE_MINUTES,
  );
  return { learner, orgIds };
}

export async function listNotesForStaff(actor: CurrentUser, learnerId: string) {
  const orgIds = await requireStaffAccessToLearner(actor, learnerId, "read:learner-dashboard:cohort");
  return db.learnerNote.findMany({
    where: { learnerId, organizationId: { in: orgIds } },
    select: {
      id: true,
      body: true,
      visibility: true,
      createdAt: true,
      author: { select: { name: true } },
      organization: { select: { name: true } },
    },
    orderBy: { createdAt: "desc" },
    take: 200,
  });
}

export async function addLearnerNote(
  actor: CurrentUser,
  input: { learnerId: string; body: string; visibility: "SHARED" | "STAFF"; confirmPhi: boolean },
) {
  const orgIds = await requireStaffAccessToLearner(actor, input.learnerId, "create:learner-note:cohort");
  const phi = unconfirmedPhiErrors({ body: input.body }, input.confirmPhi, NOTE_PHI);
  if (phi) throw new UserInputError("Check the highlighted field", phi);
  await db.learnerNote.create({
    data: { organizationId: orgIds[0]!, learnerId: input.learnerId, authorId: actor.id, visibility: input.visibility, body: input.body },
  });
  await invalidateRoster(); // the roster's "last contacted" and outreach count change now
}

/** The learner's own view: who opened their dashboard, and notes shared with them. */
export async function getMyPrivacy(actor: CurrentUser) {
  assertCan(actor, "read:access-log:own");
  const [views, notes, cohorts] = await Promise.all([
    db.auditLog.findMany({
      where: { subjectUserId: actor.id, action: VIEW_ACTION },
      select: { id: true, createdAt: true, actor: { select: { name: true } }, organization: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 100,
    }),
    db.learnerNote.findMany({
      where: { learnerId: actor.id, visibility: "SHARED" },
      select: { id: true, body: true, createdAt: true, author: { select: { name: true } }, organization: { select: { name: true } } },
      orderBy: { createdAt: "desc" },
      take: 50,
    }),
    db.cohortLearner.findMany({
      where: { userId: actor.id, leftAt: null },
      select: { joinedAt: true, consentedAt: true, cohort: { select: { id: true, name: true, organization: { select: { name: true } } } } },
      orderBy: { joinedAt: "desc" },
    }),
  ]);
  return { views, notes, cohorts };
}

const SHARED_NOTES_ON_DASHBOARD = 3;

export interface SharedNoteRow {
  id: string;
  body: string;
  createdAt: string;
  authorName: string | null;
  organizationName: string;
}

/** The most recent notes shared with the learner as one JSON column ("sharedNotes"), for a
 *  statement of one row (the learner home page reads it with the dashboard's columns).
 *  Timestamps are stored without a zone, in UTC; they are spelled with a Z so the app reads
 *  them as UTC whatever its own time zone. */
export function sharedNotesColumn(learnerId: string, take = SHARED_NOTES_ON_DASHBOARD): Prisma.Sql {
  return Prisma.sql`
      (SELECT COALESCE(json_agg(json_build_object('id', x.id, 'body', x.body, 'createdAt', to_char(x."createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'authorName', x."authorName",
          'organizationName', x."organizationName") ORDER BY x."createdAt" DESC), '[]') FROM (
        SELECT n.id, n.body, n."createdAt", u.name AS "authorName", o.name AS "organizationName"
        FROM "LearnerNote" n JOIN "Organization" o ON o.id = n."organizationId" LEFT JOIN "User" u ON u.id = n."authorId"
        WHERE n."learnerId" = ${learnerId} AND n.visibility = 'SHARED'
        ORDER BY n."createdAt" DESC LIMIT ${take}) x) AS "sharedNotes"`;
}

export function buildSharedNotes(rows: SharedNoteRow[]) {
  return rows.map((r) => ({
    id: r.id,
    body: r.body,
    createdAt: new Date(r.createdAt),
    author: r.authorName === null ? null : { name: r.authorName },
    organization: { name: r.organizationName },
  }));
}

/** The few most recent notes shared with the learner, for their dashboard. */
export async function getSharedNotesForMe(actor: CurrentUser, take = SHARED_NOTES_ON_DASHBOARD) {
  assertCan(actor, "read:access-log:own");
  const [row] = await db.$queryRaw<{ sharedNotes: SharedNoteRow[] }[]>`SELECT ${sharedNotesColumn(actor.id, take)}`;
  return buildSharedNotes(row?.sharedNotes ?? []);
}
