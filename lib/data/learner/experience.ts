// The learner's experience log (jobs, externships, courses) and the apprentice-removal outlook
// built from it. Stored rows map to lib/domain/experience periods in one place (`toPeriod`),
// used by this module's reads and by the dashboard's JSON column, so the learner, the
// dashboard and the advisor's drill-down all get their numbers from lib/domain/experience-progress.
import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import { nextVersion, saveAtVersion } from "@/lib/data/optimistic-lock";
import { assertCan } from "@/lib/data/access";
import { dateOrNull, toIso, todayIso } from "@/lib/data/dates";
import type { CodeSet } from "@/lib/content/experience-rules";
import { MAX_EXPERIENCE_PERIODS, validateExperiencePeriod, type ExperienceKind, type ExperiencePeriod } from "@/lib/domain/experience";
import { apprenticeOutlook, type CredentialApprenticeFacts } from "@/lib/domain/experience-progress";
import type { IsoDate } from "@/lib/domain/types";

/** A stored period with ISO dates, as read by Prisma (converted) or by the dashboard's SQL. */
export interface StoredPeriod {
  id: string;
  kind: ExperienceKind;
  organization: string;
  title: string | null;
  supervisorName: string | null;
  startedOn: IsoDate | null;
  endedOn: IsoDate | null;
  hoursPerWeek: number | null;
  totalHours: number | null;
  contactHours: number | null;
  shareCoding: number | null;
  codeSets: string[] | null;
  tasks: string | null;
  certificateOn: IsoDate | null;
  version: number;
}

export function toPeriod(r: StoredPeriod): ExperiencePeriod {
  if (r.kind === "EDUCATION")
    return {
      kind: "EDUCATION",
      course: r.title ?? "",
      provider: r.organization,
      contactHours: r.contactHours ?? 0,
      certificateOn: r.certificateOn,
    };
  const common = { startedOn: r.startedOn ?? "1970-01-01", endedOn: r.endedOn, shareCoding: r.shareCoding ?? 0 };
  if (r.kind === "JOB")
    return {
      kind: "JOB",
      employer: r.organization,
      title: r.title ?? "",
      hoursPerWeek: r.hoursPerWeek ?? 0,
      codeSets: (r.codeSets ?? []) as CodeSet[],
      ...common,
    };
  return {
    kind: "EXTERNSHIP",
    site: r.organization,
    supervisorName: r.supervisorName ?? "",
    totalHours: r.totalHours ?? 0,
    tasks: r.tasks,
    ...common,
  };
}

function toColumns(p: ExperiencePeriod) {
  const none = { title: null, supervisorName: null, startedOn: null, endedOn: null, hoursPerWeek: null, totalHours: null };
  const rest = { contactHours: null, shareCoding: null, codeSets: [] as string[], tasks: null, certificateOn: null };
  if (p.kind === "EDUCATION")
    return {
      ...none,
      ...rest,
      kind: p.kind,
      organization: p.provider,
      title: p.course,
      contactHours: p.contactHours,
      certificateOn: dateOrNull(p.certificateOn),
    };
  const dates = { startedOn: dateOrNull(p.startedOn), endedOn: dateOrNull(p.endedOn), shareCoding: p.shareCoding };
  if (p.kind === "JOB")
    return {
      ...none,
      ...rest,
      ...dates,
      kind: p.kind,
      organization: p.employer,
      title: p.title,
      hoursPerWeek: p.hoursPerWeek,
      codeSets: [...p.codeSets],
    };
  return {
    ...none,
    ...rest,
    ...dates,
    kind: p.kind,
    organization: p.site,
    supervisorName: p.supervisorName,
    totalHours: p.totalHours,
    tasks: p.tasks,
  };
}

/** The log as a JSON column (dates as ISO strings), for one-statement page reads; with
 *  `apprenticeOnly`, empty unless the learner holds apprentice status still to remove. */
export function experienceColumn(userId: string, apprenticeOnly = false): Prisma.Sql {
  const when = apprenticeOnly
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "CredentialGoal" g WHERE g."userId" = ${userId} AND g.apprentice AND g."apprenticeRemovedOn" IS NULL)`
    : Prisma.empty;
  return Prisma.sql`(SELECT COALESCE(json_agg(json_build_object('id', x.id, 'kind', x.kind, 'organization', x.organization,
      'title', x.title, 'supervisorName', x."supervisorName", 'startedOn', to_char(x."startedOn", 'YYYY-MM-DD'),
      'endedOn', to_char(x."endedOn", 'YYYY-MM-DD'), 'hoursPerWeek', x."hoursPerWeek", 'totalHours', x."totalHours",
      'contactHours', x."contactHours", 'shareCoding', x."shareCoding", 'codeSets', x."codeSets", 'tasks', x.tasks,
      'certificateOn', to_char(x."certificateOn", 'YYYY-MM-DD'), 'version', x.version) ORDER BY x."startedOn" DESC NULLS LAST, x."createdAt" DESC), '[]')
    FROM (SELECT * FROM "ExperiencePeriod" WHERE "userId" = ${userId} ${when} ORDER BY "createdAt" LIMIT ${MAX_EXPERIENCE_PERIODS}) x) AS experience`;
}

async function readLog(userId: string): Promise<StoredPeriod[]> {
  const [row] = await db.$queryRaw<{ experience: StoredPeriod[] }[]>`SELECT ${experienceColumn(userId)}`;
  return row?.experience ?? [];
}

type ApprenticeGoal = CredentialApprenticeFacts & { credentialCode: string; apprentice: boolean; apprenticeRemovedOn: IsoDate | null };

/** The apprentice status the log counts toward: the chosen credential's, else another one still held. */
export function apprenticeGoalOf<G extends ApprenticeGoal>(goals: readonly G[], chosenCode: string | null): G | null {
  const held = goals.filter((g) => g.apprentice && !g.apprenticeRemovedOn);
  return held.find((g) => g.credentialCode === chosenCode) ?? held[0] ?? null;
}

/** The outlook for an apprentice goal, or null when the goal holds no apprentice status to remove. */
export function outlookFor(goal: ApprenticeGoal | null | undefined, periods: readonly StoredPeriod[], today: IsoDate) {
  if (!goal?.apprentice || goal.apprenticeRemovedOn) return null;
  const outlook = apprenticeOutlook(periods.map(toPeriod), goal, today);
  return outlook.ok ? { ...outlook.value, credentialCode: goal.credentialCode } : null;
}

export async function getExperienceLog(actor: CurrentUser | null): Promise<StoredPeriod[]> {
  assertCan(actor, "read:learner-journey:own");
  return readLog(actor.id);
}

function check(p: ExperiencePeriod, others: readonly StoredPeriod[], today: IsoDate): void {
  const errors = validateExperiencePeriod(p, today, others.map(toPeriod));
  if (errors.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const e of errors) (fieldErrors[e.field] ??= []).push(e.message);
  throw new UserInputError("Check the highlighted fields.", fieldErrors);
}

export async function addExperiencePeriod(actor: CurrentUser | null, period: ExperiencePeriod, today: IsoDate = todayIso()) {
  assertCan(actor, "update:experience-log:own");
  const userId = actor.id;
  const row = await db.$transaction(async (tx) => {
    // One add at a time per learner, so concurrent adds cannot pass the limit together.
    await tx.$queryRaw`SELECT 1 FROM "User" WHERE id = ${userId} FOR UPDATE`;
    const count = await tx.experiencePeriod.count({ where: { userId } });
    if (count >= MAX_EXPERIENCE_PERIODS)
      throw new UserInputError(`The log holds up to ${MAX_EXPERIENCE_PERIODS} periods; delete one you no longer need first.`);
    const [others] = await tx.$queryRaw<{ experience: StoredPeriod[] }[]>`SELECT ${experienceColumn(userId)}`;
    check(period, others?.experience ?? [], today);
    return tx.experiencePeriod.create({ data: { ...toColumns(period), userId }, select: { id: true } });
  });
  await touchActivity(userId);
  return row;
}

/** `version` is the one the form was opened at: a newer save is never silently overwritten. */
export async function updateExperiencePeriod(
  actor: CurrentUser | null,
  id: string,
  version: number,
  period: ExperiencePeriod,
  today: IsoDate = todayIso(),
) {
  assertCan(actor, "update:experience-log:own");
  const userId = actor.id;
  const log = await readLog(userId);
  const current = log.find((p) => p.id === id);
  if (!current) throw new NotFoundError("That period is not in your experience log.");
  if (current.kind !== period.kind) throw new UserInputError("A period cannot change kind; delete it and add a new one.");
  check(
    period,
    log.filter((p) => p.id !== id),
    today,
  );
  await saveAtVersion({
    write: () => db.experiencePeriod.updateMany({ where: { id, userId, version }, data: { ...toColumns(period), version: nextVersion } }),
    current: () => db.experiencePeriod.findFirst({ where: { id, userId }, select: { id: true, version: true } }),
    notFound: "That period is not in your experience log.",
    conflict: "This period was changed in another tab or window since you opened it. Reload to see the latest version, then edit again.",
  });
  await touchActivity(userId);
}

export async function deleteExperiencePeriod(actor: CurrentUser | null, id: string) {
  assertCan(actor, "update:experience-log:own");
  const { count } = await db.experiencePeriod.deleteMany({ where: { id, userId: actor.id } });
  if (count === 0) throw new NotFoundError("That period is not in your experience log.");
  await touchActivity(actor.id);
}

/** The experience page's read: the log, the apprentice goal it counts toward (if any) and the outlook. */
export async function getExperienceOverview(actor: CurrentUser | null, today: IsoDate = todayIso()) {
  assertCan(actor, "read:learner-journey:own");
  const [periods, goals, profile] = await Promise.all([
    readLog(actor.id),
    db.credentialGoal.findMany({
      where: { userId: actor.id, apprentice: true },
      orderBy: { createdAt: "asc" },
      select: {
        credentialCode: true,
        apprentice: true,
        apprenticeRemovedOn: true,
        has80HourCourse: true,
        practicodeCases: true,
        practicodeScore: true,
      },
    }),
    db.learnerProfile.findUnique({ where: { userId: actor.id }, select: { credentialCode: true } }),
  ]);
  const iso = goals.map((g) => ({ ...g, apprenticeRemovedOn: toIso(g.apprenticeRemovedOn) }));
  const goal = apprenticeGoalOf(iso, profile?.credentialCode ?? null);
  return { periods, goal, removed: iso.length > 0 && goal === null, outlook: outlookFor(goal, periods, today) };
}
