// Credential lifecycle: schedule the exam, record attempts, apprentice (CPC-A) removal
// progress, and the CEU tracker once passed.
import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getCredentialLog } from "@/lib/data/learner/credential";
import { ExamAttemptTable } from "@/lib/ui/learner/exam-attempt-table";
import { getLearnerProfile } from "@/lib/data/learner/profile";
import { todayIso } from "@/lib/data/dates";
import { scheduleExamAction } from "@/lib/actions/learner/schedule-exam";
import { recordExamAttemptAction } from "@/lib/actions/learner/record-exam-attempt";
import { updateApprenticeAction } from "@/lib/actions/learner/update-apprentice";
import { logCeuAction } from "@/lib/actions/learner/log-ceu";
import { deleteCeuAction } from "@/lib/actions/learner/delete-ceu";
import { getCredential } from "@/lib/content/credentials";
import { apprenticeGoalOf, getExperienceLog, outlookFor } from "@/lib/data/learner/experience";
import { ApprenticeOutlookPanel } from "@/lib/ui/learner/apprentice-outlook";
import Link from "next/link";
import { chosenCredentialStatus } from "@/lib/domain/credential-status";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { CeuPanel } from "@/lib/ui/learner/ceu-panel";
import { CREDENTIAL_STATUS_LABELS } from "@/lib/ui/learner/labels";
import { FactSource } from "@/lib/ui/fact-source";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Your credential" };

export default async function CredentialPage() {
  const user = await requirePermission("read:learner-area:own");
  const today = todayIso();
  const [profile, log, experience] = await Promise.all([getLearnerProfile(user), getCredentialLog(user, today), getExperienceLog(user)]);
  const code = profile.credentialCode;
  if (!code)
    return (
      <>
        <PageHeader title="Your credential" />
        <EmptyState action={{ label: "Choose the credential", href: "/learner/path" }}>
          Choose the credential you are working toward first.
        </EmptyState>
      </>
    );
  const credential = getCredential(code);
  const { goal, status } = chosenCredentialStatus(code, log.goals, log.attempts, today);
  const ceu = log.ceu;
  // Months come from the experience log (lib/domain/experience-progress), as on the dashboard.
  // The chosen credential's apprentice status, else another one still held (e.g. a COC-A while studying for the CPC).
  const held = goal?.apprentice ? goal : apprenticeGoalOf(log.goals, code);
  const heldCredential = held ? getCredential(held.credentialCode) : null;
  const apprentice = outlookFor(held, experience, today);
  return (
    <>
      <PageHeader
        title={`Your credential: ${code}`}
        subtitle={`${credential.name} (${credential.body}) · status: ${CREDENTIAL_STATUS_LABELS[status]}`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Exam date">
          <p className="mb-3 text-slate-800">
            {goal?.examDate
              ? `Scheduled for ${formatDate(goal.examDate)}.`
              : "No exam date yet. Schedule it when your practice scores near the bar."}
          </p>
          {credential.exam && (
            <p className="mb-3 text-sm text-slate-700">
              {credential.exam.value.summary}
              <FactSource fact={credential.exam} />
            </p>
          )}
          <ActionForm
            action={scheduleExamAction}
            idPrefix="sched-"
            submitLabel="Save exam date"
            successMessage="Exam date saved."
            fields={[
              { kind: "hidden", name: "credentialCode", value: code },
              { kind: "date", name: "examDate", label: "Exam date", defaultValue: goal?.examDate ?? "", hint: "Leave blank to clear." },
            ]}
          />
        </Card>
        <Card title="Record an exam attempt">
          <ActionForm
            action={recordExamAttemptAction}
            idPrefix="attempt-"
            resetOnSuccess
            submitLabel="Record result"
            successMessage="Result recorded."
            fields={[
              { kind: "hidden", name: "credentialCode", value: code },
              {
                kind: "date",
                name: "takenOn",
                label: "Date of the exam",
                defaultValue: goal?.examDate && goal.examDate <= today ? goal.examDate : today,
              },
              {
                kind: "radio",
                name: "result",
                label: "Result",
                options: [
                  { value: "PASSED", label: "Passed" },
                  { value: "FAILED", label: "Did not pass" },
                ],
              },
              { kind: "number", name: "scorePercent", label: "Score (%) if you know it" },
            ]}
          />
          {log.attempts.length > 0 && <ExamAttemptTable attempts={log.attempts} />}
        </Card>
        {held && heldCredential && (
          <Card title={`Removing apprentice status (${heldCredential.apprenticeCode ?? "A"})`}>
            {held.apprenticeRemovedOn ? (
              <p className="mb-2 text-slate-800">Removed on {formatDate(held.apprenticeRemovedOn)}.</p>
            ) : (
              apprentice && <ApprenticeOutlookPanel outlook={apprentice} />
            )}
            <p className="my-3 text-sm">
              <Link className="underline" href="/learner/credential/experience">
                {experience.length === 0 ? "Log your jobs, externships and courses →" : `Your experience log (${experience.length}) →`}
              </Link>
            </p>
            {experience.length === 0 && held.monthsExperience > 0 && (
              <p className="mb-3 text-sm text-amber-900">
                You entered {held.monthsExperience} months of experience before the log existed: log those jobs so they count.
              </p>
            )}
            <ActionForm
              action={updateApprenticeAction}
              idPrefix="appr-"
              submitLabel="Save apprentice progress"
              successMessage="Saved."
              fields={[
                { kind: "hidden", name: "credentialCode", value: held.credentialCode },
                {
                  kind: "checkbox",
                  name: "has80HourCourse",
                  label: "I completed the 80-contact-hour course",
                  defaultChecked: held.has80HourCourse,
                },
                {
                  kind: "number",
                  name: "practicodeCases",
                  label: "Practicode cases completed",
                  defaultValue: String(held.practicodeCases),
                },
                {
                  kind: "number",
                  name: "practicodeScore",
                  label: "Practicode score (%)",
                  defaultValue: held.practicodeScore?.toString() ?? "",
                },
                {
                  kind: "checkbox",
                  name: "removed",
                  label: "AAPC has removed my apprentice status",
                  defaultChecked: held.apprenticeRemovedOn !== null,
                },
              ]}
            />
          </Card>
        )}
        <Card title="Continuing education (CEUs)">
          {ceu.length === 0 ? (
            <EmptyState action={null}>Once you pass, your CEU cycle and requirement appear here.</EmptyState>
          ) : (
            <CeuPanel summaries={ceu} />
          )}
          {log.goals.some((g) => g.passedOn) && (
            <div className="mt-4">
              <ActionForm
                action={logCeuAction}
                idPrefix="ceu-"
                resetOnSuccess
                submitLabel="Log CEUs"
                successMessage="CEUs logged."
                layout="grid"
                fields={[
                  {
                    kind: "select",
                    name: "body",
                    label: "Credentialing body",
                    defaultValue: credential.body,
                    options: [
                      { value: "AAPC", label: "AAPC" },
                      { value: "AHIMA", label: "AHIMA" },
                    ],
                  },
                  { kind: "date", name: "earnedOn", label: "Date earned", defaultValue: today },
                  { kind: "number", name: "ceus", label: "CEUs", inputMode: "decimal" },
                  { kind: "text", name: "title", label: "Course or event" },
                  { kind: "text", name: "provider", label: "Provider (optional)" },
                ]}
              />
            </div>
          )}
          {log.ceus.length > 0 && (
            <ul className="mt-4 divide-y divide-slate-100 text-sm">
              {log.ceus.map((c) => (
                <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 py-1">
                  <span>
                    {formatDate(c.earnedOn)} · {c.body} · {c.ceus} CEUs · {c.title}
                  </span>
                  <ActionButton
                    action={deleteCeuAction}
                    fields={{ id: c.id }}
                    label="Delete"
                    context={`CEU entry ${c.title}`}
                    confirm={{
                      title: "Delete this CEU entry?",
                      description: `“${c.title}” and its ${c.ceus} CEUs leave your log. This cannot be undone.`,
                    }}
                  />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
