// Sending invitation mail, the one way: staff and learner invitations, the bulk import and
// resends from the admin pages all come here, so every message counts against the same
// limits (lib/domain/invitation-limits.ts), checked and recorded in the same transaction
// that writes the invitations. Inviting an address that already has a pending invitation
// (same program, role and cohort) sends that invitation again with a new link, replacing
// the old one, instead of creating a duplicate.
import "server-only";
import { db } from "@/lib/db";
import { appUrl } from "@/lib/env";
import type { CurrentUser } from "@/lib/auth/current-user";
import { generateToken } from "@/lib/auth/tokens";
import { queueEmails, type EmailMessage } from "@/lib/email/send-email";
import { invitationEmail } from "@/lib/email/program-templates";
import {
  INVITATION_LIMITS as LIMITS,
  INVITATION_WINDOW_MS as WINDOW,
  addressLimitMessage,
  invitationLimitKeys as keys,
  quotaMessage,
  resendRefusal,
} from "@/lib/domain/invitation-limits";
import { addUsage, lockUsage, purgeEndedWindows, type Usage } from "@/lib/email/usage-window";
import { invalidateOutcomes } from "@/lib/data/programs/outcomes";
import { UserInputError } from "@/lib/data/errors";
import { newRowId, type Tx } from "@/lib/prisma-client";

const INVITATION_TTL_DAYS = 14;
export const NOT_OPEN = "This invitation has already been accepted or revoked.";

/** `invitationId`: send this open invitation again (an admin's "send again", even once expired). */
export interface InvitationRequest {
  email: string;
  role: "ADMIN" | "ADVISOR" | "LEARNER";
  cohortId: string | null;
  name?: string;
  invitationId?: string;
}
export interface SendResult {
  invited: number;
  resent: number;
  notSent: { email: string; reason: string }[];
  /** The queued emails' batch: their delivery progress (lib/data/programs/delivery.ts). */
  batchId: string | null;
}
/** "refuse": one refused address fails the whole request (single invitations, with the reason
 *  on the email field); "skip": it is reported and the rest are sent (a roster import, where
 *  one address someone else exhausted must not block a whole class). */
type WhenRefused = "refuse" | "skip";

const sameInvitation = (i: { email: string; role: string; cohortId: string | null }) => `${i.email}|${i.role}|${i.cohortId ?? ""}`;

function assertQuota(who: "program" | "inviter", usage: Usage, max: number, wanted: number) {
  if (usage.used + wanted > max) throw new UserInputError(quotaMessage(who, wanted, Math.max(0, max - usage.used), usage.resetsAt));
}

async function decide(
  tx: Tx,
  organizationId: string,
  requests: InvitationRequest[],
  usage: Map<string, Usage>,
  whenRefused: WhenRefused,
  now: Date,
) {
  const pending = await tx.invitation.findMany({
    where: {
      organizationId,
      email: { in: requests.map((r) => r.email) },
      acceptedAt: null,
      revokedAt: null,
      OR: [{ expiresAt: { gt: now } }, { id: { in: requests.flatMap((r) => r.invitationId ?? []) } }],
    },
    select: { id: true, email: true, role: true, cohortId: true, lastSentAt: true, sendCount: true },
    orderBy: { createdAt: "asc" },
  });
  const existing = new Map(pending.flatMap((p) => [[sameInvitation(p), p] as const, [p.id, p] as const]));
  const toSend: { request: InvitationRequest; resendId: string | null }[] = [];
  const notSent: SendResult["notSent"] = [];
  const perAddress = new Map<string, number>();
  for (const request of requests) {
    const again = existing.get(request.invitationId ?? sameInvitation(request));
    // Answered or withdrawn since the admin's page loaded: never turn "send again" into a new invitation.
    if (request.invitationId && !again) throw new UserInputError(NOT_OPEN);
    const address = usage.get(keys.address(request.email))!;
    const sentToAddress = address.used + (perAddress.get(request.email) ?? 0);
    const reason =
      (again && resendRefusal(again, now)) ?? (sentToAddress >= LIMITS.perAddress ? addressLimitMessage(address.resetsAt) : null);
    if (reason && whenRefused === "refuse") throw new UserInputError(reason, { email: [reason] });
    if (reason) {
      notSent.push({ email: request.email, reason });
      continue;
    }
    perAddress.set(request.email, (perAddress.get(request.email) ?? 0) + 1);
    toSend.push({ request, resendId: again?.id ?? null });
  }
  return { toSend, notSent, perAddress };
}

export async function sendInvitations(
  actor: CurrentUser,
  organizationId: string,
  requests: InvitationRequest[],
  whenRefused: WhenRefused = "refuse",
): Promise<SendResult> {
  const now = new Date();
  const expiresAt = new Date(now.getTime() + INVITATION_TTL_DAYS * 86_400_000);
  const result = await db.$transaction(
    async (tx) => {
      const usage = await lockUsage(
        tx,
        [keys.program(organizationId), keys.inviter(actor.id), ...requests.map((r) => keys.address(r.email))],
        WINDOW,
        now,
      );
      const { toSend, notSent, perAddress } = await decide(tx, organizationId, requests, usage, whenRefused, now);
      assertQuota("program", usage.get(keys.program(organizationId))!, LIMITS.perProgram, toSend.length);
      assertQuota("inviter", usage.get(keys.inviter(actor.id))!, LIMITS.perInviter, toSend.length);
      const prepared = toSend.map((s) => ({ ...s, ...generateToken(), id: s.resendId ?? newRowId() }));
      const fresh = prepared.filter((p) => !p.resendId);
      const again = prepared.filter((p) => p.resendId);
      await tx.invitation.createMany({
        data: fresh.map((p) => ({
          id: p.id,
          organizationId,
          cohortId: p.request.cohortId,
          email: p.request.email,
          role: p.request.role,
          tokenHash: p.tokenHash,
          invitedById: actor.id,
          expiresAt,
          lastSentAt: now,
          sendCount: 1,
        })),
      });
      if (again.length) {
        // A resend replaces the link (only the newest email works) and restarts the expiry.
        await tx.$executeRaw`UPDATE "Invitation" AS i SET "tokenHash" = u.h, "expiresAt" = ${expiresAt.toISOString()}::timestamp,
          "lastSentAt" = ${now.toISOString()}::timestamp, "sendCount" = i."sendCount" + 1
        FROM unnest(${again.map((p) => p.resendId!)}::text[], ${again.map((p) => p.tokenHash)}::text[]) AS u(id, h) WHERE i."id" = u.id`;
      }
      await addUsage(
        tx,
        new Map([
          [keys.program(organizationId), prepared.length],
          [keys.inviter(actor.id), prepared.length],
          ...[...perAddress].map(([email, n]) => [keys.address(email), n] as const),
        ]),
        WINDOW,
        now,
      );
      // The emails are queued in this transaction: an invitation exists exactly when its email
      // does, and each invitation points at its latest email so the admin sees its delivery.
      const mails = await compose(tx, actor, organizationId, prepared);
      const queued = await queueEmails(tx, mails, { batchScope: organizationId });
      if (prepared.length) {
        await tx.$executeRaw`UPDATE "Invitation" AS i SET "lastEmailId" = u.e
          FROM unnest(${prepared.map((p) => p.id)}::text[], ${queued.ids}::text[]) AS u(id, e) WHERE i."id" = u.id`;
      }
      return { invited: fresh.length, resent: again.length, notSent, batchId: queued.batchId };
    },
    { timeout: 30_000 },
  );
  if (requests.some((r) => r.role === "LEARNER")) await invalidateOutcomes(organizationId);
  await purgeEndedWindows(7 * WINDOW, now);
  return result;
}

async function compose(
  tx: Tx,
  actor: CurrentUser,
  organizationId: string,
  prepared: { request: InvitationRequest; token: string }[],
): Promise<EmailMessage[]> {
  if (prepared.length === 0) return [];
  const org = await tx.organization.findUniqueOrThrow({
    where: { id: organizationId },
    select: { name: true, cohorts: { select: { id: true, name: true } } },
  });
  const cohortName = new Map(org.cohorts.map((c) => [c.id, c.name]));
  return prepared.map(({ request: r, token }) =>
    invitationEmail({
      to: r.email,
      name: r.name,
      program: org.name,
      cohort: r.cohortId ? cohortName.get(r.cohortId) : undefined,
      role: r.role,
      inviter: actor.name,
      link: `${appUrl()}/invite?token=${token}`,
      days: INVITATION_TTL_DAYS,
    }),
  );
}
