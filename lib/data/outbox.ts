// The development outbox (embedded/demo or development mode only).
import "server-only";
import { db } from "@/lib/db";
import { outboxPageEnabled } from "@/lib/env";
import { NotFoundError } from "@/lib/data/errors";

export async function listOutbox(limit = 50) {
  if (!outboxPageEnabled()) throw new NotFoundError();
  return db.emailOutbox.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
