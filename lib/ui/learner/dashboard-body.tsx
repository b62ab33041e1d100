"use client";
// The dashboard's cards. A client component only so the page's RSC payload carries the
// dashboard's data once instead of a rendered element tree (less server work per view); it
// has no state. `bar` (the credential's passing score) is resolved on the server.
import { MaybeLink } from "@/lib/ui/maybe-link";
import type { LearnerDashboard } from "@/lib/data/learner/dashboard";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";
import { CeuPanel } from "./ceu-panel";
import { CREDENTIAL_STATUS_LABELS } from "./labels";
import { apprenticeLine } from "./apprentice-line";
import { ScoreTrendChart, StudyWeeksChart } from "./practice-charts";
import { ReadinessRing } from "./readiness-ring";

const STATE = { NOT_STARTED: "starts soon", IN_PROGRESS: "in progress", FINISHED: "finished" } as const;

export function DashboardBody({
  d,
  bar,
  jobHunt,
  staffView,
}: {
  d: LearnerDashboard;
  bar: number;
  jobHunt?: React.ReactNode;
  /** An advisor or admin reading it: the cards speak about the learner, and links become text. */
  staffView?: { learnerName: string };
}) {
  const staff = staffView !== undefined;
  const name = staffView?.learnerName.split(" ")[0] ?? "";
  return (
    <div className="space-y-6">
      {!d.hasPath && staff && (
        <p className="rounded-md border border-brand-100 bg-brand-50 p-4 text-slate-900">
          {name} has not chosen a path, credential and training route yet.
        </p>
      )}
      {!d.hasPath && !staff && (
        <p className="rounded-md border border-brand-100 bg-brand-50 p-4 text-slate-900">
          First step:{" "}
          <MaybeLink staff={staff} className="font-semibold underline" href="/learner/path">
            choose your path, credential and training route
          </MaybeLink>{" "}
          (not sure?{" "}
          <MaybeLink staff={staff} className="underline" href="/quiz">
            take the fit quiz
          </MaybeLink>
          ).
        </p>
      )}
      {d.hasPath && !d.hasPlan && staff && (
        <p className="rounded-md border border-brand-100 bg-brand-50 p-4">{name} has not generated a dated plan yet.</p>
      )}
      {d.hasPath && !d.hasPlan && !staff && (
        <p className="rounded-md border border-brand-100 bg-brand-50 p-4">
          Next:{" "}
          <MaybeLink staff={staff} className="font-semibold underline" href="/learner/plan">
            generate your dated plan
          </MaybeLink>
          .
        </p>
      )}
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Readiness score" className="lg:col-span-1">
          <ReadinessRing readiness={d.readiness} />
        </Card>
        <Card title={staff ? `Where ${name} is` : "Where you are"} className="lg:col-span-2">
          {d.phase ? (
            <p className="mb-3 text-slate-800">
              Current phase: <strong>{d.phase.title}</strong> ({STATE[d.phase.state]}, {formatDate(d.phase.startDate)} –{" "}
              {formatDate(d.phase.endDate)})
            </p>
          ) : (
            <EmptyState action={null}>
              {staff ? `Phases appear here once ${name} generates a plan.` : "Your plan's phases appear here once it is generated."}
            </EmptyState>
          )}
          {d.next.length > 0 && (
            <>
              <h3 className="font-semibold">Next actions</h3>
              <ol className="mb-3 list-decimal space-y-1 pl-5">
                {d.next.map((n) => (
                  <li key={n.milestone.id}>
                    {n.milestone.title} — due {formatDate(n.dueDate)}
                  </li>
                ))}
              </ol>
            </>
          )}
          <h3 className="font-semibold">Overdue</h3>
          {d.overdue.length === 0 ? (
            <p className="text-slate-700">Nothing overdue.</p>
          ) : (
            <ul className="list-disc pl-5 text-red-900">
              {d.overdue.map((m) => (
                <li key={m.id}>
                  <strong>Overdue:</strong> {m.title} (due {formatDate(m.customDueDate ?? m.dueDate)})
                </li>
              ))}
            </ul>
          )}
          {d.hasPlan && !staff && (
            <p className="mt-2 text-sm">
              <MaybeLink className="underline" href="/learner/plan">
                Open your plan →
              </MaybeLink>
            </p>
          )}
        </Card>
        <Card title="Practice exams" className="lg:col-span-2">
          {d.verdict && <p className="mb-2 text-slate-800">{d.verdict.reasons[0]}</p>}
          {d.trend.points.length === 0 ? (
            <EmptyState action={staff ? null : { label: "Log a practice exam", href: "/learner/practice" }}>
              {staff ? `${name} has not logged a practice exam yet.` : "No practice exams yet. A timed practice exam gives you a baseline."}
            </EmptyState>
          ) : (
            <ScoreTrendChart trend={d.trend} bar={bar} credential={d.credentialCode ?? "CPC"} />
          )}
        </Card>
        <Card title="Credential">
          <p className="font-medium">
            {d.credentialCode ?? "None chosen"} · {CREDENTIAL_STATUS_LABELS[d.credential.status]}
          </p>
          {d.credential.goal?.examDate && <p className="text-slate-700">Exam date: {formatDate(d.credential.goal.examDate)}</p>}
          {d.apprentice && (
            <p className="mt-2 text-sm text-slate-800">
              {apprenticeLine(d.apprentice)}
              {!staff && (
                <>
                  {" "}
                  <MaybeLink className="underline" href="/learner/credential/experience">
                    Experience log →
                  </MaybeLink>
                </>
              )}
            </p>
          )}
          <div className="mt-3">
            {d.ceu.length > 0 ? (
              <CeuPanel summaries={d.ceu} />
            ) : (
              <p className="text-sm text-slate-700">CEU progress appears after {staff ? `${name} passes` : "you pass"}.</p>
            )}
          </div>
          {!staff && (
            <p className="mt-2 text-sm">
              <MaybeLink className="underline" href="/learner/credential">
                Manage your credential →
              </MaybeLink>
            </p>
          )}
        </Card>
        <Card title="Study hours vs target" className="lg:col-span-2">
          {d.study.weeks.every((w) => w.minutes === 0) ? (
            <EmptyState action={staff ? null : { label: "Log a study session", href: "/learner/practice" }}>
              {staff ? `${name} has logged no study in the last 8 weeks.` : "No study logged in the last 8 weeks."}
            </EmptyState>
          ) : (
            <StudyWeeksChart weeks={d.study.weeks} weeklyHours={d.study.weeklyHours} />
          )}
        </Card>
        <Card title={staff ? "Programs" : "Your programs"}>
          {d.cohorts.length === 0 ? (
            <EmptyState action={null}>
              You are not in a program cohort. If your school gave you an invitation link or join code, use it to connect your plan with
              your advisor.
            </EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {d.cohorts.map((c) => (
                <li key={c.id} className="py-2">
                  <p className="font-medium">{c.name}</p>
                  <p className="text-sm text-slate-600">
                    {c.program} · joined {formatDate(c.joinedAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {jobHunt}
    </div>
  );
}
