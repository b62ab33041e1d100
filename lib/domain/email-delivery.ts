// What staff are told about an email Chartpath queued: one reading of the outbox row's status
// for every page (an invitation's line, a bulk import's progress), so "sent" means the same
// thing wherever it appears. LOGGED is delivery into the development outbox (no mail server
// configured), which is the whole delivery there, so it counts as delivered.

export type EmailStatusName = "QUEUED" | "SENT" | "LOGGED" | "FAILED" | "BOUNCED";

export type DeliveryState = "queued" | "retrying" | "sent" | "logged" | "failed" | "bounced";

export interface DeliveryRow {
  status: EmailStatusName;
  error: string | null;
  attempts: number;
  lastAttemptAt: Date | null;
  sentAt: Date | null;
}

export interface Delivery {
  state: DeliveryState;
  /** The mail server's words (links removed) for a retry, failure or bounce. */
  reason: string | null;
  attempts: number;
  at: Date | null;
}

export function deliveryOf(row: DeliveryRow): Delivery {
  const base = { attempts: row.attempts, reason: row.error };
  switch (row.status) {
    case "QUEUED":
      // A queued row with an error has had at least one temporary failure and will be retried.
      return row.error ? { ...base, state: "retrying", at: row.lastAttemptAt } : { ...base, state: "queued", reason: null, at: null };
    case "SENT":
      return { ...base, state: "sent", reason: null, at: row.sentAt };
    case "LOGGED":
      return { ...base, state: "logged", reason: null, at: row.sentAt };
    case "BOUNCED":
      return { ...base, state: "bounced", at: row.lastAttemptAt };
    case "FAILED":
      return { ...base, state: "failed", at: row.lastAttemptAt };
  }
}

export const DELIVERY_LABEL: Record<DeliveryState, string> = {
  queued: "email queued",
  retrying: "email retrying",
  sent: "email delivered to the mail server",
  logged: "email in the development outbox",
  failed: "email not delivered",
  bounced: "email bounced",
};

export interface BatchCounts {
  total: number;
  waiting: number;
  delivered: number;
  failed: number;
  bounced: number;
}

/** Per-status counts of one batch, folded into what a progress bar shows. */
export function batchCounts(byStatus: Partial<Record<EmailStatusName, number>>): BatchCounts {
  const n = (s: EmailStatusName) => byStatus[s] ?? 0;
  const delivered = n("SENT") + n("LOGGED");
  const waiting = n("QUEUED");
  const failed = n("FAILED");
  const bounced = n("BOUNCED");
  return { total: delivered + waiting + failed + bounced, waiting, delivered, failed, bounced };
}

/** Whole percent of the batch settled (delivered, failed or bounced); 100 for an empty batch. */
export function batchPercentSettled(c: BatchCounts): number {
  return c.total === 0 ? 100 : Math.floor(((c.total - c.waiting) / c.total) * 100);
}
