// Enqueues jobs on the caller's Prisma transaction: the job row and the write that causes it
// commit or roll back together, so there is never a sent invitation without its row, nor an
// invitation whose email was never queued. pg-boss builds the SQL; Prisma runs it.
import type { Tx } from "@/lib/prisma-client";
import { sender } from "@/lib/queue/boss";
import { queuePolicies, type QueueKey } from "@/lib/queue/definitions";

export interface JobSpec {
  queue: QueueKey;
  data: Record<string, unknown>;
  /** A job with the same key on the same queue, not yet finished, is not created twice. */
  singletonKey?: string;
  startAfter?: Date;
}

/** pg-boss's executor interface over a Prisma transaction (or the client itself). */
function onTransaction(tx: Tx) {
  return {
    async executeSql(text: string, values: unknown[] = []) {
      // The SQL is pg-boss's own, with every value a bound parameter: nothing is interpolated.
      // eslint-disable-next-line no-restricted-properties -- pg-boss's own parameterised SQL
      const rows = await tx.$queryRawUnsafe<Record<string, unknown>[]>(text, ...values.map((v) => (v === undefined ? null : v)));
      return { rows };
    },
  };
}

export async function enqueue(tx: Tx, jobs: JobSpec[]): Promise<void> {
  if (jobs.length === 0) return;
  const policies = queuePolicies();
  const rows = jobs.map((j) => {
    const { name, ...policy } = policies[j.queue];
    return {
      name,
      data: j.data,
      retryLimit: policy.retryLimit,
      retryDelay: policy.retryDelay,
      retryBackoff: policy.retryBackoff,
      expireInSeconds: policy.expireInSeconds,
      ...("deadLetter" in policy ? { deadLetter: policy.deadLetter } : {}),
      ...(j.singletonKey ? { singletonKey: j.singletonKey } : {}),
      ...(j.startAfter ? { startAfter: j.startAfter.toISOString() } : {}),
    };
  });
  // One statement however many jobs (a 2,000-row import stays one round trip).
  await sender().insert(rows, { db: onTransaction(tx) });
}
