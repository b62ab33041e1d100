"use client";
// Follows a batch of invitation emails while the worker sends them: the import has already
// returned, so the admin sees the sending happen instead of a frozen page. Polls the batch's
// counts (app/api/programs/[orgId]/deliveries/[batchId]) until nothing waits, slowing down as
// it goes; a failed poll is said and retried, never fatal.
import { useEffect, useState } from "react";
import { batchPercentSettled, type BatchCounts } from "@/lib/domain/email-delivery";

const FIRST_POLL_MS = 1_000;
const SLOWEST_POLL_MS = 10_000;

const n = (v: number) => v.toLocaleString("en-US");

export function DeliveryProgress({ organizationId, batchId }: { organizationId: string; batchId: string }) {
  const [counts, setCounts] = useState<BatchCounts | null>(null);
  const [trouble, setTrouble] = useState(false);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let delay = FIRST_POLL_MS;
    const poll = async () => {
      try {
        const res = await fetch(`/api/programs/${encodeURIComponent(organizationId)}/deliveries/${encodeURIComponent(batchId)}`, {
          cache: "no-store",
        });
        if (!res.ok) throw new Error(String(res.status));
        const next = (await res.json()) as BatchCounts;
        if (stopped) return;
        setCounts(next);
        setTrouble(false);
        if (next.waiting === 0) return;
      } catch {
        if (stopped) return;
        setTrouble(true);
      }
      delay = Math.min(delay * 1.5, SLOWEST_POLL_MS);
      timer = setTimeout(poll, delay);
    };
    void poll();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [organizationId, batchId]);

  const percent = counts ? batchPercentSettled(counts) : 0;
  const done = counts !== null && counts.waiting === 0;
  const problems = counts ? counts.failed + counts.bounced : 0;

  return (
    <div className="mt-3 space-y-2" data-testid="delivery-progress" data-done={done ? "true" : "false"}>
      <div
        role="progressbar"
        aria-label="Invitation emails sent"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        className="h-2 w-full overflow-hidden rounded-full bg-slate-200"
      >
        <div className="h-full rounded-full bg-brand-600 transition-[width] duration-500" style={{ width: `${percent}%` }} />
      </div>
      <p className="text-sm">
        {counts === null
          ? "Sending invitation emails…"
          : done
            ? `Finished: ${n(counts.delivered)} of ${n(counts.total)} invitation emails delivered.`
            : `Sending: ${n(counts.delivered)} of ${n(counts.total)} delivered, ${n(counts.waiting)} waiting.`}
        {problems > 0 &&
          ` ${n(problems)} could not be delivered (${n(counts!.bounced)} bounced, ${n(counts!.failed)} failed): each cohort's page shows why, with Send again.`}
      </p>
      {trouble && (
        <p className="text-sm text-amber-800">Could not check progress just now; trying again. The emails keep sending either way.</p>
      )}
      {counts !== null && !done && <p className="text-sm text-slate-600">You can leave this page: sending continues in the background.</p>}
    </div>
  );
}
