import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { enrollmentDetail } from "@/lib/data/programs/enrollments";
import { evidenceOf } from "@/lib/data/programs/outcome-evidence";
import { surveysOf } from "@/lib/data/programs/graduate-surveys";
import { GraduateSurveyWaves } from "@/lib/ui/programs/graduate-surveys";
import { NotFoundError } from "@/lib/data/errors";
import { updateEnrollmentAction } from "@/lib/actions/programs/update-enrollment";
import { addOutcomeRecordAction } from "@/lib/actions/programs/add-outcome-record";
import { addCredentialResultAction } from "@/lib/actions/programs/add-credential-result";
import { reviewEvidenceAction } from "@/lib/actions/programs/review-evidence";
import {
  exitDate,
  ENROLLMENT_STATUSES,
  ENTRY_KINDS,
  FIELD_RELATIONS,
  OUTCOME_KINDS,
  UNAVAILABLE_REASONS,
} from "@/lib/domain/outcome-records";
import { ENTRY_KIND_LABEL, FIELD_NAME, STATUS_LABEL, UNAVAILABLE_LABEL } from "@/lib/domain/enrollment-changes";
import { FIELD_LABEL, OUTCOME_KIND_LABEL, REVIEW_LABEL, SOURCE_LABEL, STAFF_SOURCE_IDS, type Review } from "@/lib/domain/outcome-evidence";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { Badge } from "@/lib/ui/primitives/badge";
import { EnrollmentStatusBadge } from "@/lib/ui/programs/enrollment-labels";
import { formatDate } from "@/lib/ui/format";

export const metadata: Metadata = { title: "Enrollment record" };

const REVIEW_TONE = { UNREVIEWED: "neutral", VERIFIED: "success", DISPUTED: "danger" } as const;
const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

export default async function EnrollmentPage({ params }: { params: Promise<{ orgId: string; enrollmentId: string }> }) {
  const user = await requirePermission("manage:enrollment:org");
  const { orgId, enrollmentId } = await params;
  const [detail, evidence, surveys] = await Promise.all([
    enrollmentDetail(user, enrollmentId),
    evidenceOf(user, enrollmentId),
    surveysOf(user, enrollmentId),
  ]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  if (detail.organizationId !== orgId) notFound();
  const r = detail.record;
  const title = detail.name ?? `Former learner ${detail.ref}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/programs/${orgId}/enrollments`}>
          ← Enrollment records
        </Link>
      </p>
      <PageHeader
        title={title}
        subtitle={`${detail.cohortName} · ${ENTRY_KIND_LABEL[r.entryKind]} on ${r.startedOn} · ref ${detail.ref}${
          detail.name === null ? " · this learner has left Chartpath: the program keeps this record, not their account" : ""
        }`}
        actions={<EnrollmentStatusBadge status={r.status} />}
      />
      <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
        <Card title="Status" className="lg:col-span-2">
          <p className="mb-3 text-sm text-slate-700">
            {STATUS_LABEL[r.status]}
            {exitDate(r) ? ` on ${exitDate(r)}` : ""}
            {r.withdrawalReason ? ` · ${r.withdrawalReason}` : ""}
            {r.unavailable
              ? ` · unavailable for placement (${UNAVAILABLE_LABEL[r.unavailable.reason].toLowerCase()}, document seen ${r.unavailable.documentedOn})`
              : ""}
          </p>
          <ActionForm
            action={updateEnrollmentAction}
            hidden={{ enrollmentId, version: String(detail.version) }}
            layout="grid"
            submitLabel="Save status"
            successMessage="Saved; the change is in the history below."
            fields={[
              {
                kind: "select",
                name: "status",
                label: "Status",
                defaultValue: r.status,
                options: ENROLLMENT_STATUSES.map((s) => ({ value: s, label: STATUS_LABEL[s] })),
              },
              {
                kind: "date",
                name: "statusDate",
                label: "Graduation, withdrawal or transfer date",
                defaultValue: exitDate(r) ?? "",
                hint: "Leave empty while enrolled.",
              },
              { kind: "date", name: "startedOn", label: "Start date", defaultValue: r.startedOn },
              {
                kind: "select",
                name: "entryKind",
                label: "Entry",
                defaultValue: r.entryKind,
                options: ENTRY_KINDS.map((k) => ({ value: k, label: ENTRY_KIND_LABEL[k] })),
              },
              {
                kind: "text",
                name: "withdrawalReason",
                label: "Withdrawal reason",
                defaultValue: r.withdrawalReason ?? "",
                maxLength: 200,
              },
              {
                kind: "select",
                name: "unavailableReason",
                label: "Unavailable for placement",
                hint: "Graduates only, with a document you saw. ABHES leaves them out of placement; WIOA's exclusions are narrower.",
                defaultValue: r.unavailable?.reason ?? "NONE",
                options: [{ value: "NONE", label: "No" }, ...UNAVAILABLE_REASONS.map((u) => ({ value: u, label: UNAVAILABLE_LABEL[u] }))],
              },
              {
                kind: "date",
                name: "unavailableDocumentedOn",
                label: "Date you saw the document",
                defaultValue: r.unavailable?.documentedOn ?? "",
              },
            ]}
          />
        </Card>
        <Card title="History" className="lg:col-span-2">
          {detail.history.length === 0 ? (
            <EmptyState action={null}>No changes yet.</EmptyState>
          ) : (
            <ol className="space-y-3 text-sm">
              {detail.history.map((h, i) => (
                <li key={i} className="border-l-2 border-slate-200 pl-3">
                  <p className="font-semibold text-slate-900">
                    {formatDate(h.at)} · {h.actorName}{" "}
                    <span className="font-normal text-slate-600">
                      ({h.via === "CSV" ? "CSV import" : h.via === "JOIN" ? "joined" : "form"})
                    </span>
                  </p>
                  {Object.keys(h.changes).length === 0 ? (
                    <p className="text-slate-700">Record opened.</p>
                  ) : (
                    <ul className="text-slate-700">
                      {Object.entries(h.changes).map(([field, [from, to]]) => (
                        <li key={field}>
                          {FIELD_NAME[field] ?? field}: {shown(field, from)} → {shown(field, to)}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          )}
        </Card>
        <Card title="Outcomes and evidence" className="lg:col-span-2">
          {evidence.outcomes.length === 0 && evidence.results.length === 0 ? (
            <EmptyState action={{ label: "Record an outcome", href: "#add-outcome" }}>
              No outcomes on record. Learners&rsquo; own job and exam logs appear here while they are members; graduate surveys and your
              entries add to them.
            </EmptyState>
          ) : (
            <ul className="space-y-3">
              {evidence.results.map((c) => (
                <EvidenceItem
                  key={c.id}
                  type="credential"
                  id={c.id}
                  review={c.review}
                  title={`${c.credentialCode} exam ${c.passed ? "passed" : "not passed"} · ${iso(c.takenOn)}`}
                  detail={`${SOURCE_LABEL[c.source]} · recorded by ${c.recordedByName}${c.note ? ` · ${c.note}` : ""}`}
                  reviewLine={reviewLine(c)}
                />
              ))}
              {evidence.outcomes.map((o) => (
                <EvidenceItem
                  key={o.id}
                  type="outcome"
                  id={o.id}
                  review={o.review}
                  title={`${OUTCOME_KIND_LABEL[o.kind]}${o.employer ? ` · ${o.title ? `${o.title}, ` : ""}${o.employer}` : ""}${o.startedOn ? ` · from ${iso(o.startedOn)}` : ""}${o.field ? ` · ${FIELD_LABEL[o.field].toLowerCase()}` : ""}${o.hoursPerWeek ? ` · ${o.hoursPerWeek} h/week` : ""}`}
                  detail={`${SOURCE_LABEL[o.source]} · learned ${iso(o.recordedOn)} · recorded by ${o.recordedByName}${o.note ? ` · ${o.note}` : ""}`}
                  reviewLine={reviewLine(o)}
                />
              ))}
            </ul>
          )}
        </Card>
        <Card title="Graduate surveys" className="lg:col-span-2">
          {r.status === "COMPLETED" ? (
            <GraduateSurveyWaves surveys={surveys} />
          ) : (
            <EmptyState action={null}>
              Surveys go out once the learner graduates: at graduation, 90 and 180 days later, and before NACE&rsquo;s 31 December cut-off.
            </EmptyState>
          )}
        </Card>
        <Card title="Record an outcome you have evidence of" id="add-outcome">
          <ActionForm
            action={addOutcomeRecordAction}
            hidden={{ enrollmentId }}
            resetOnSuccess
            submitLabel="Record outcome"
            successMessage="Recorded as verified by you."
            fields={[
              {
                kind: "select",
                name: "kind",
                label: "Outcome",
                options: OUTCOME_KINDS.map((k) => ({ value: k, label: OUTCOME_KIND_LABEL[k] })),
              },
              { kind: "text", name: "employer", label: "Employer (jobs)", maxLength: 120 },
              { kind: "text", name: "title", label: "Job title", maxLength: 120 },
              { kind: "date", name: "startedOn", label: "Start date" },
              { kind: "number", name: "hoursPerWeek", label: "Hours per week" },
              {
                kind: "select",
                name: "field",
                label: "Field of the job",
                options: [{ value: "", label: "—" }, ...FIELD_RELATIONS.map((f) => ({ value: f, label: FIELD_LABEL[f] }))],
              },
              {
                kind: "select",
                name: "source",
                label: "Evidence",
                options: STAFF_SOURCE_IDS.map((s) => ({ value: s, label: SOURCE_LABEL[s] })),
              },
              {
                kind: "textarea",
                name: "note",
                label: "What you saw",
                hint: "e.g. offer letter dated 2026-05-02; call with the practice manager",
                maxLength: 300,
                rows: 2,
              },
            ]}
          />
        </Card>
        <Card title="Record an exam result you have evidence of">
          <ActionForm
            action={addCredentialResultAction}
            hidden={{ enrollmentId }}
            resetOnSuccess
            submitLabel="Record result"
            successMessage="Recorded as verified by you."
            fields={[
              { kind: "text", name: "credentialCode", label: "Credential", hint: "e.g. CPC, CPB, CCA", maxLength: 12 },
              { kind: "date", name: "takenOn", label: "Exam date" },
              {
                kind: "radio",
                name: "result",
                label: "Result",
                options: [
                  { value: "PASSED", label: "Passed" },
                  { value: "FAILED", label: "Not passed" },
                ],
              },
              {
                kind: "select",
                name: "source",
                label: "Evidence",
                options: STAFF_SOURCE_IDS.map((s) => ({ value: s, label: SOURCE_LABEL[s] })),
              },
              {
                kind: "textarea",
                name: "note",
                label: "What you saw",
                hint: "e.g. score report; credential lookup on the body's site",
                maxLength: 300,
                rows: 2,
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}

/** History values as the form words them (Graduated, Re-entry, Military obligation). */
function shown(field: string, value: string | null): string {
  if (value === null) return "—";
  if (field === "status") return STATUS_LABEL[value as keyof typeof STATUS_LABEL] ?? value;
  if (field === "entryKind") return ENTRY_KIND_LABEL[value as keyof typeof ENTRY_KIND_LABEL] ?? value;
  if (field === "unavailableReason") return UNAVAILABLE_LABEL[value as keyof typeof UNAVAILABLE_LABEL] ?? value;
  return value;
}

function reviewLine(x: { review: Review; reviewedByName: string | null; reviewedAt: Date | null; reviewNote: string | null }) {
  if (x.review === "UNREVIEWED") return "Not reviewed yet";
  return `${REVIEW_LABEL[x.review]} by ${x.reviewedByName ?? "staff"}${x.reviewedAt ? ` on ${formatDate(x.reviewedAt)}` : ""}${x.reviewNote ? `: ${x.reviewNote}` : ""}`;
}

function EvidenceItem({
  type,
  id,
  review,
  title,
  detail,
  reviewLine,
}: {
  type: "outcome" | "credential";
  id: string;
  review: Review;
  title: string;
  detail: string;
  reviewLine: string;
}) {
  return (
    <li className="rounded-lg border border-slate-200 p-3">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="font-semibold text-slate-900">{title}</p>
        <Badge tone={REVIEW_TONE[review]}>{REVIEW_LABEL[review]}</Badge>
      </div>
      <p className="text-sm text-slate-700">{detail}</p>
      <p className="text-sm text-slate-600">{reviewLine}</p>
      <div className="mt-2 flex flex-wrap items-start gap-2">
        {review !== "VERIFIED" && (
          <ActionButton
            action={reviewEvidenceAction}
            fields={{ type, recordId: id, decision: "VERIFIED" }}
            label="Verify"
            context={title}
            variant="secondary"
          />
        )}
        {review !== "DISPUTED" && (
          <ActionForm
            action={reviewEvidenceAction}
            hidden={{ type, recordId: id, decision: "DISPUTED" }}
            layout="inline"
            submitLabel="Dispute"
            submitVariant="ghost"
            submitSize="sm"
            fields={[{ kind: "text", name: "note", label: "Why it does not hold", maxLength: 300 }]}
          />
        )}
      </div>
    </li>
  );
}
