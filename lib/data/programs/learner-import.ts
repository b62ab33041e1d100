// Bulk onboarding from a roster CSV: a preview that classifies every row, then a commit that
// re-validates everything and writes all invitations in one transaction (all or nothing;
// an address whose mail limit is reached is reported, not sent, and blocks nobody else).
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { classifyRoster, importTotals, readRoster, type ImportResult, type ImportRow } from "@/lib/domain/learner-import";
import { requireOrgAdmin } from "@/lib/data/access";
import { sendInvitations } from "@/lib/data/programs/invitation-sending";
import { UserInputError } from "@/lib/data/errors";

async function classify(organizationId: string, csv: string, defaultCohortId: string | null) {
  const read = readRoster(csv);
  if (!read.ok) throw new UserInputError(read.error.message, { file: [read.error.message] });
  const emails = [...new Set(read.records.map((r) => r.email).filter(Boolean))];
  const [cohorts, members] = await Promise.all([
    db.cohort.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, name: true } }),
    db.cohortLearner.findMany({
      where: { leftAt: null, cohort: { organizationId }, user: { email: { in: emails } } },
      select: { cohortId: true, user: { select: { email: true } } },
    }),
  ]);
  if (defaultCohortId && !cohorts.some((c) => c.id === defaultCohortId))
    throw new UserInputError("Choose one of your open cohorts", { defaultCohortId: ["Choose one of your open cohorts"] });
  return classifyRoster(
    read.records,
    {
      cohortsByName: new Map(cohorts.map((c) => [c.name.toLowerCase(), c.id])),
      defaultCohortId,
      activeMembers: new Set(members.map((m) => `${m.cohortId}:${m.user.email}`)),
    },
    read.unreadable,
  );
}

export async function previewLearnerImport(actor: CurrentUser, organizationId: string, csv: string, defaultCohortId: string | null) {
  await requireOrgAdmin(actor, organizationId, "invite:learner:org");
  const rows = await classify(organizationId, csv, defaultCohortId);
  return { rows, totals: { skip: importTotals(rows, "skip"), reinvite: importTotals(rows, "reinvite") } };
}

export async function commitLearnerImport(
  actor: CurrentUser,
  organizationId: string,
  csv: string,
  defaultCohortId: string | null,
  existingMembers: "skip" | "reinvite",
): Promise<ImportResult> {
  await requireOrgAdmin(actor, organizationId, "invite:learner:org");
  const rows = await classify(organizationId, csv, defaultCohortId);
  const totals = importTotals(rows, existingMembers);
  if (totals.errors > 0)
    throw new UserInputError(`${totals.errors} row(s) have errors. Fix them in the file and upload it again; nothing was imported.`);
  const toInvite = rows.filter((r) => r.status === "NEW" || (existingMembers === "reinvite" && r.status === "ALREADY_MEMBER"));
  const sent = await sendInvitations(
    actor,
    organizationId,
    toInvite.map((r: ImportRow) => ({ email: r.email, role: "LEARNER" as const, cohortId: r.cohortId, name: r.firstName })),
    "skip",
  );
  const result = {
    invited: sent.invited,
    resent: sent.resent,
    skipped: totals.skipped + sent.notSent.length,
    notSent: sent.notSent,
    batchId: sent.batchId,
  };
  await audit({
    action: "import.learners",
    actorId: actor.id,
    organizationId,
    metadata: { invited: result.invited, resent: result.resent, skipped: result.skipped, rows: rows.length },
  });
  return result;
}

export async function inviteLearner(actor: CurrentUser, cohortId: string, input: { email: string; firstName: string }) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { organizationId: true, archivedAt: true } });
  if (!cohort) throw new UserInputError("That cohort does not exist");
  await requireOrgAdmin(actor, cohort.organizationId, "invite:learner:org");
  if (cohort.archivedAt) throw new UserInputError("This cohort is archived; restore it before inviting learners.");
  const member = await db.cohortLearner.findFirst({
    where: { cohortId, leftAt: null, user: { email: input.email } },
    select: { id: true },
  });
  if (member) throw new UserInputError("Check the highlighted field", { email: ["This person is already a learner in this cohort"] });
  const sent = await sendInvitations(actor, cohort.organizationId, [
    { email: input.email, role: "LEARNER", cohortId, name: input.firstName },
  ]);
  await audit({ action: "invitation.learner", actorId: actor.id, organizationId: cohort.organizationId, targetId: cohortId });
  return sent;
}
