// The development outbox: only in development or demo mode, and only for requests from this
// machine (socket and every forwarded address loopback; lib/auth/client-ip.ts). A demo left
// reachable from a network must not hand its visitors other people's reset links.
import "server-only";
import { db } from "@/lib/db";
import { outboxPageEnabled } from "@/lib/env";
import { isRequestFromThisMachine } from "@/lib/auth/client-ip";
import { NotFoundError } from "@/lib/data/errors";

export async function listOutbox(requestHeaders: Pick<Headers, "get">, limit = 50) {
  if (!outboxPageEnabled() || !isRequestFromThisMachine(requestHeaders)) throw new NotFoundError();
  return db.emailOutbox.findMany({ orderBy: { createdAt: "desc" }, take: limit });
}
