// Practice exams (score, pace against the real exam, trend, readiness verdict) and study
// sessions against the weekly target. Mistaken entries can be deleted.
import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getPracticeLogs } from "@/lib/data/learner/practice";
import { todayIso } from "@/lib/data/dates";
import { logPracticeExamAction } from "@/lib/actions/learner/log-practice-exam";
import { logStudySessionAction } from "@/lib/actions/learner/log-study-session";
import { deleteStudySessionAction } from "@/lib/actions/learner/delete-study-session";
import { passingPercentFor, practiceTrend, readinessVerdict } from "@/lib/domain/practice-exams";
import { studySummary, weeklyStudyTotals } from "@/lib/domain/study";
import { examSpecFor } from "@/lib/content/exam-specs";
import { CREDENTIALS } from "@/lib/content/credentials";
import { FactSource } from "@/lib/ui/fact-source";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { ScoreTrendChart, StudyWeeksChart } from "@/lib/ui/learner/practice-charts";
import { PracticeExamTable } from "@/lib/ui/learner/practice-exam-table";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Practice and study" };

const LEVEL = { NOT_STARTED: "Not started", BUILDING: "Building", ALMOST: "Almost ready", READY: "Ready" } as const;

export default async function PracticePage() {
  const user = await requirePermission("read:learner-area:own");
  const today = todayIso();
  const logs = await getPracticeLogs(user, today);
  const credential = logs.credentialCode ?? "CPC";
  const spec = examSpecFor(credential);
  const records = logs.exams.map((e) => ({ ...e }));
  const verdict = readinessVerdict(records, credential, today, logs.examDate);
  const trend = practiceTrend(
    records.filter((e) => e.credentialCode === credential),
    10,
  );
  const summary = studySummary(logs.sessions, logs.weeklyHours, today, 4);
  const weeks = weeklyStudyTotals(logs.sessions, logs.weeklyHours, today, 8);
  const credentialOptions = CREDENTIALS.filter((c) => !c.isApprenticeStatus && c.exam).map((c) => ({ value: c.code, label: c.code }));
  return (
    <>
      <PageHeader
        title="Practice and study"
        subtitle={
          spec
            ? `The real ${credential} exam: ${spec.format} (${(spec.minutes.value / spec.questions.value).toFixed(2)} min per question).`
            : undefined
        }
      />
      {spec && (
        <div className="mb-4">
          <FactSource fact={spec.questions} />
        </div>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Readiness">
          <p className="text-lg font-semibold">{LEVEL[verdict.level]}</p>
          <ul className="mt-2 list-disc pl-5 text-sm text-slate-800">
            {verdict.reasons.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ul>
          <div className="mt-4">
            {trend.points.length === 0 ? (
              <EmptyState action={{ label: "Log a practice exam", href: "#log-exam" }}>
                Log your first timed practice exam below to see your trend.
              </EmptyState>
            ) : (
              <ScoreTrendChart trend={trend} bar={passingPercentFor(credential)} credential={credential} />
            )}
          </div>
        </Card>
        <Card title="Study time">
          {summary && (
            <p className="text-slate-800">
              This week: {Math.round(summary.thisWeek.minutes / 6) / 10} h of {logs.weeklyHours} h
              {summary.remainingThisWeek > 0 ? ` · ${Math.round(summary.remainingThisWeek / 6) / 10} h to go` : " · target met"}
            </p>
          )}
          <div className="mt-3">
            {logs.sessions.length === 0 ? (
              <EmptyState action={{ label: "Log a study session", href: "#log-session" }}>
                No study sessions in the last 12 weeks. Log each session below to compare with your weekly target.
              </EmptyState>
            ) : (
              <StudyWeeksChart weeks={weeks} weeklyHours={logs.weeklyHours} />
            )}
          </div>
        </Card>
        <Card title="Log a practice exam" className="no-print" id="log-exam">
          <ActionForm
            action={logPracticeExamAction}
            idPrefix="exam-"
            resetOnSuccess
            submitLabel="Log practice exam"
            successMessage="Practice exam logged."
            layout="grid"
            fields={[
              { kind: "date", name: "takenOn", label: "Date taken", defaultValue: today },
              { kind: "select", name: "credentialCode", label: "Credential", defaultValue: credential, options: credentialOptions },
              { kind: "number", name: "questions", label: "Questions", defaultValue: String(spec?.questions.value ?? 100) },
              { kind: "number", name: "correct", label: "Correct answers" },
              { kind: "number", name: "minutes", label: "Minutes taken" },
            ]}
          />
        </Card>
        <Card title="Log a study session" className="no-print" id="log-session">
          <ActionForm
            action={logStudySessionAction}
            idPrefix="study-"
            resetOnSuccess
            submitLabel="Log study session"
            successMessage="Study session logged."
            layout="grid"
            fields={[
              { kind: "date", name: "studiedOn", label: "Study date", defaultValue: today },
              { kind: "number", name: "minutes", label: "Minutes studied" },
              { kind: "text", name: "topic", label: "Topic", hint: "e.g. ICD-10-CM guidelines" },
            ]}
          />
        </Card>
      </div>
      <Card title="Practice exams" className="mt-6">
        {logs.exams.length === 0 ? (
          <EmptyState action={{ label: "Log a practice exam", href: "#log-exam" }}>No practice exams yet.</EmptyState>
        ) : (
          <PracticeExamTable exams={logs.exams} />
        )}
      </Card>
      <Card title="Study sessions (last 12 weeks)" className="mt-6">
        {logs.sessions.length === 0 ? (
          <EmptyState action={{ label: "Log a study session", href: "#log-session" }}>No study sessions yet.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-100">
            {logs.sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-1 text-sm">
                <span>
                  {formatDate(s.date)} · {s.minutes} min · {s.topic}
                </span>
                <ActionButton
                  action={deleteStudySessionAction}
                  fields={{ id: s.id }}
                  label="Delete"
                  context={`study session of ${formatDate(s.date)} (${s.topic})`}
                  confirm={{
                    title: "Delete this study session?",
                    description: `${s.minutes} minutes on ${formatDate(s.date)} leave your study time. This cannot be undone.`,
                  }}
                />
              </li>
            ))}
          </ul>
        )}
      </Card>
    </>
  );
}
