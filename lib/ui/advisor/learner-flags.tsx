// The top of the drill-down: why this learner is on the advisor's list (the roster's own flags,
// from lib/domain/at-risk, so both pages agree), when staff last wrote a note, and the next
// staff actions. Spoken to the advisor, about the learner.
import type { RosterRow } from "@/lib/data/programs/roster";
import { OUTREACH_DAYS } from "@/lib/domain/at-risk";
import { Card } from "@/lib/ui/card";
import { formatDate } from "@/lib/ui/format";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";
import { TierPill } from "@/lib/ui/advisor/tier-pill";

export function LearnerFlags({ row, email }: { row: RosterRow | undefined; email: string }) {
  if (!row) return null; // not in a cohort this person advises: the dashboard below still shows
  const first = row.name.split(" ")[0];
  return (
    <Card title={row.flags.length ? `Why ${first} is flagged` : `${first} is on track`}>
      <div className="flex flex-wrap items-center gap-3">
        <TierPill tier={row.tier} />
        <span className="text-sm text-slate-700">
          Last contacted {row.lastContactedOn ? formatDate(row.lastContactedOn) : "not yet"}
          {row.needsOutreach ? ` — no note in ${OUTREACH_DAYS} days, reach out this week.` : "."}
        </span>
      </div>
      {row.flags.length > 0 ? (
        <ul className="mt-3 space-y-2">
          {row.flags.map((f) => (
            <li key={f.kind} className={`border-l-4 pl-3 ${f.severity === "HIGH" ? "border-red-600" : "border-amber-500"}`}>
              <p className="font-semibold">
                {f.label} <span className="text-sm font-normal text-slate-600">· {f.severity === "HIGH" ? "urgent" : "watch"}</span>
              </p>
              <p className="text-sm text-slate-700">
                {f.reason} Since {formatDate(f.since)}.
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-3 text-sm text-slate-700">No flags: active, on plan and on pace for the exam.</p>
      )}
      <div className="mt-4 flex flex-wrap gap-2">
        <a href="#notes" className={buttonVariants({ variant: row.needsOutreach ? "primary" : "secondary", size: "sm" })}>
          Add a note
        </a>
        <a href={`mailto:${email}`} className={buttonVariants({ variant: "secondary", size: "sm" })}>
          Email {first}
        </a>
      </div>
    </Card>
  );
}
