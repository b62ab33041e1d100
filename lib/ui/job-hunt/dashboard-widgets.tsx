// Job-hunt widgets for the learner dashboard (wired in by the dashboard's owner):
// follow-ups due today and overdue, applications sent recently and counts per stage.
import { MaybeLink } from "@/lib/ui/maybe-link";
import type { JobHuntSummary } from "@/lib/data/job-hunt/dashboard-summary";

import { APPLICATION_STAGES, APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import { formatDate } from "@/lib/ui/format";

export function JobHuntWidgets({ summary, staff }: { summary: JobHuntSummary; staff?: boolean }) {
  const due = [...summary.overdue, ...summary.dueToday];
  return (
    <section aria-labelledby="job-hunt-widgets" className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id="job-hunt-widgets" className="mb-3 text-lg font-semibold">
        Job hunt
      </h2>
      {summary.total === 0 ? (
        <p className="text-slate-700">
          No applications yet.{" "}
          <MaybeLink staff={staff} href="/learner/applications/new" className="underline">
            Add the first job you are interested in
          </MaybeLink>{" "}
          or{" "}
          <MaybeLink staff={staff} href="/learner/match" className="underline">
            match a posting with your resume
          </MaybeLink>
          .
        </p>
      ) : (
        <div className="space-y-3">
          <p>
            {summary.appliedRecently} applications sent in the last {summary.recentDays} days.
          </p>
          <div>
            <h3 className="font-semibold">Follow-ups due</h3>
            {due.length === 0 ? (
              <p className="text-sm text-slate-700">Nothing due today.</p>
            ) : (
              <ul className="text-sm">
                {due.map((f) => (
                  <li key={f.id}>
                    <MaybeLink staff={staff} href={`/learner/applications/${f.id}`} className="underline">
                      {f.company} — {f.title}
                    </MaybeLink>{" "}
                    <span className={f.followUpOn < summary.today ? "font-semibold text-red-700" : "font-semibold text-amber-800"}>
                      {f.followUpOn < summary.today ? `overdue since ${formatDate(f.followUpOn)}` : "due today"}
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </div>
          <ul className="flex flex-wrap gap-2 text-sm" aria-label="Applications per stage">
            {APPLICATION_STAGES.filter((s) => summary.stageCounts[s] > 0).map((s) => (
              <li key={s} className="rounded-full bg-slate-100 px-2 py-0.5">
                {APPLICATION_STAGE_LABELS[s]}: {summary.stageCounts[s]}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
