// Bulk onboarding from a roster CSV: a preview that classifies every row, then a commit that
// re-validates everything and writes all invitations in one transaction (all or nothing).
import "server-only";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import type { CurrentUser } from "@/lib/auth/current-user";
import { audit } from "@/lib/auth/audit";
import { generateToken } from "@/lib/auth/tokens";
import { sendEmails } from "@/lib/email/send-email";
import { invitationEmail } from "@/lib/email/program-templates";
import { classifyRoster, importTotals, readRoster, type ImportRow } from "@/lib/domain/learner-import";
import { requireOrgAdmin } from "@/lib/data/programs/access";
import { INVITATION_TTL_DAYS, issueInvitation } from "@/lib/data/programs/invitations";
import { UserInputError } from "@/lib/data/errors";

async function classify(organizationId: string, csv: string, defaultCohortId: string | null) {
  const read = readRoster(csv);
  if (!read.ok) throw new UserInputError(read.error.message, { file: [read.error.message] });
  const emails = [...new Set(read.records.map((r) => r.email).filter(Boolean))];
  const [cohorts, members] = await Promise.all([
    db.cohort.findMany({ where: { organizationId, archivedAt: null }, select: { id: true, name: true } }),
    db.cohortLearner.findMany({ where: { leftAt: null, cohort: { organizationId }, user: { email: { in: emails } } }, select: { cohortId: true, user: { select: { email: true } } } }),
  ]);
  if (defaultCohortId && !cohorts.some((c) => c.id === defaultCohortId)) throw new UserInputError("Choose one of your open cohorts", { defaultCohortId: ["Choose one of your open cohorts"] });
  return classifyRoster(read.records, {
    cohortsByName: new Map(cohorts.map((c) => [c.name.toLowerCase(), c.id])),
    defaultCohortId,
    activeMembers: new Set(members.map((m) => `${m.cohortId}:${m.user.email}`)),
  });
}

export async function previewLearnerImport(actor: CurrentUser, organizationId: string, csv: string, defaultCohortId: string | null) {
  await requireOrgAdmin(actor, organizationId, "invite:learner:org");
  const rows = await classify(organizationId, csv, defaultCohortId);
  return { rows, totals: { skip: importTotals(rows, "skip"), reinvite: importTotals(rows, "reinvite") } };
}

export async function commitLearnerImport(
  actor: CurrentUser, organizationId: string, csv: string, defaultCohortId: string | null, existingMembers: "skip" | "reinvite",
) {
  await requireOrgAdmin(actor, organizationId, "invite:learner:org");
  const rows = await classify(organizationId, csv, defaultCohortId);
  const totals = importTotals(rows, existingMembers);
  if (totals.errors > 0) throw new UserInputError(`${totals.errors} row(s) have errors. Fix them in the file and upload it again; nothing was imported.`);
  const toInvite = rows.filter((r) => r.status === "NEW" || (existingMembers === "reinvite" && r.status === "ALREADY_MEMBER"));
  const org = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { name: true, cohorts: { select: { id: true, name: true } } } });
  const cohortName = new Map(org.cohorts.map((c) => [c.id, c.name]));
  const expiresAt = new Date(Date.now() + INVITATION_TTL_DAYS * 86_400_000);
  const prepared = toInvite.map((r: ImportRow) => ({ row: r, ...generateToken() }));
  await db.invitation.createMany({
    data: prepared.map((p) => ({ organizationId, cohortId: p.row.cohortId, email: p.row.email, role: "LEARNER" as const, tokenHash: p.tokenHash, invitedById: actor.id, expiresAt })),
  });
  invalidateOutcomes(organizationId);
  await sendEmails(prepared.map((p) => invitationEmail({
    to: p.row.email, name: p.row.firstName, program: org.name, cohort: cohortName.get(p.row.cohortId ?? "") ?? undefined,
    role: "LEARNER", inviter: actor.name, link: `${appUrl()}/invite?token=${p.token}`, days: INVITATION_TTL_DAYS,
  })));
  await audit({ action: "import.learners", actorId: actor.id, organizationId, metadata: { ...totals, rows: rows.length } });
  return totals;
}

export async function inviteLearner(actor: CurrentUser, cohortId: string, input: { email: string; firstName: string }) {
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { organizationId: true, archivedAt: true } });
  if (!cohort) throw new UserInputError("That cohort does not exist");
  await requireOrgAdmin(actor, cohort.organizationId, "invite:learner:org");
  if (cohort.archivedAt) throw new UserInputError("This cohort is archived; restore it before inviting learners.");
  const member = await db.cohortLearner.findFirst({ where: { cohortId, leftAt: null, user: { email: input.email } }, select: { id: true } });
  if (member) throw new UserInputError("Check the highlighted field", { email: ["This person is already a learner in this cohort"] });
  await issueInvitation(actor, { organizationId: cohort.organizationId, cohortId, email: input.email, role: "LEARNER", name: input.firstName });
  await audit({ action: "invitation.learner", actorId: actor.id, organizationId: cohort.organizationId, targetId: cohortId });
}
