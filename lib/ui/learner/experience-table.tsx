// The learner's experience log as a table (a card per period on phones) with Edit and a
// confirmed Delete.
import Link from "next/link";
import { CODE_SET_LABELS, QUALIFYING_CODE_SETS, type CodeSet } from "@/lib/content/experience-rules";
import type { StoredPeriod } from "@/lib/data/learner/experience";
import { deleteExperiencePeriodAction } from "@/lib/actions/learner/delete-experience-period";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { formatDate } from "@/lib/ui/format";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";
import { KIND_LABELS } from "./experience-fields";

function dates(p: StoredPeriod): string {
  if (p.kind === "EDUCATION") return p.certificateOn ? `Certificate ${formatDate(p.certificateOn)}` : "In progress";
  return `${formatDate(p.startedOn)} – ${p.endedOn ? formatDate(p.endedOn) : "ongoing"}`;
}

function hours(p: StoredPeriod): string {
  if (p.kind === "EDUCATION") return `${p.contactHours ?? 0} contact hours`;
  const h = p.kind === "JOB" ? `${p.hoursPerWeek ?? 0} h a week` : `${p.totalHours ?? 0} h in total`;
  return `${h} · ${p.shareCoding ?? 0}% coding or billing`;
}

function codeSets(p: StoredPeriod): string {
  const sets = (p.codeSets ?? []) as CodeSet[];
  const listed = sets.map((c) => CODE_SET_LABELS[c] ?? c).join(", ");
  const counts = sets.some((c) => (QUALIFYING_CODE_SETS as readonly string[]).includes(c));
  return counts ? listed : `${listed ? `${listed}: ` : ""}does not count without CPT®, ICD-10-CM or HCPCS Level II`;
}

function name(p: StoredPeriod): string {
  return p.kind === "EXTERNSHIP" ? p.organization : `${p.title ?? ""} · ${p.organization}`;
}

const COLUMNS: DataColumn<StoredPeriod>[] = [
  { key: "period", header: "Period", cell: (p) => name(p), cellClassName: "font-medium" },
  { key: "kind", header: "Kind", cell: (p) => KIND_LABELS[p.kind] },
  { key: "dates", header: "Dates", cell: dates },
  { key: "hours", header: "Hours", cell: hours },
  {
    key: "detail",
    header: "Details",
    long: true,
    cell: (p) =>
      p.kind === "JOB"
        ? codeSets(p)
        : p.kind === "EXTERNSHIP"
          ? `Supervisor: ${p.supervisorName ?? ""}${p.tasks ? ` · ${p.tasks}` : ""}`
          : p.certificateOn
            ? "Counts toward the course contact hours"
            : "Counts once you finish (add the certificate date)",
  },
  {
    key: "actions",
    header: <span className="sr-only">Actions</span>,
    label: "Actions",
    cell: (p) => (
      <div className="flex flex-wrap gap-2">
        <Link
          href={`/learner/credential/experience?edit=${encodeURIComponent(p.id)}#period-form`}
          className={buttonVariants({ variant: "secondary", size: "sm" })}
          aria-label={`Edit: ${name(p)}`}
        >
          Edit
        </Link>
        <ActionButton
          action={deleteExperiencePeriodAction}
          fields={{ id: p.id }}
          label="Delete"
          context={name(p)}
          confirm={{
            title: "Delete this period?",
            description: `“${name(p)}” (${dates(p)}) leaves your experience log and your progress. This cannot be undone.`,
          }}
        />
      </div>
    ),
  },
];

export function ExperienceTable({ periods }: { periods: readonly StoredPeriod[] }) {
  return <DataTable narrow="cards" columns={COLUMNS} rows={periods} rowKey={(p) => p.id} caption="Your experience log, newest first" />;
}
