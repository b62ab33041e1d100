// Delivery progress of a batch of invitation emails (a bulk import, a multi-address invite), for
// the admin who sent it: counts by outbox status in one statement on the batch index. The batch
// id carries its organization (lib/email/send-email.ts), so another program's batch reads as
// not found without revealing whether it exists.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { requireOrgAdmin } from "@/lib/data/access";
import { NotFoundError } from "@/lib/data/errors";
import { batchBelongsTo } from "@/lib/email/send-email";
import { batchCounts, type BatchCounts, type EmailStatusName } from "@/lib/domain/email-delivery";

export async function batchProgress(actor: CurrentUser, organizationId: string, batchId: string): Promise<BatchCounts> {
  await requireOrgAdmin(actor, organizationId, "invite:learner:org");
  if (!batchBelongsTo(batchId, organizationId)) throw new NotFoundError();
  const groups = await db.emailOutbox.groupBy({ by: ["status"], where: { batchId }, _count: { _all: true } });
  if (groups.length === 0) throw new NotFoundError();
  return batchCounts(Object.fromEntries(groups.map((g) => [g.status as EmailStatusName, g._count._all])));
}
