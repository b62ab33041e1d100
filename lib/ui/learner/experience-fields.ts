// The experience-log form's fields per kind, as data for ActionForm; names match
// lib/actions/learner/experience-schema. `values` pre-fills the form when editing a period.
import { CODE_SET_LABELS, CODE_SETS, QUALIFYING_MONTH_RULE } from "@/lib/content/experience-rules";
import type { ExperienceKind } from "@/lib/domain/experience";
import type { FieldSpec } from "@/lib/ui/forms/field-spec";

export const KIND_LABELS: Record<ExperienceKind, string> = { JOB: "Job", EXTERNSHIP: "Externship", EDUCATION: "Course" };

export interface PeriodValues {
  organization?: string;
  title?: string | null;
  supervisorName?: string | null;
  startedOn?: string | null;
  endedOn?: string | null;
  hoursPerWeek?: number | null;
  totalHours?: number | null;
  contactHours?: number | null;
  shareCoding?: number | null;
  codeSets?: readonly string[] | null;
  tasks?: string | null;
  certificateOn?: string | null;
}

const str = (v: string | number | null | undefined) => (v === null || v === undefined ? "" : String(v));
const full = QUALIFYING_MONTH_RULE.value.fullTimeCodingHoursPerWeek;

export function experienceFields(kind: ExperienceKind, v: PeriodValues = {}): FieldSpec[] {
  const share: FieldSpec = {
    kind: "number",
    name: "shareCoding",
    label: "Share of the time spent coding or billing (%)",
    defaultValue: str(v.shareCoding),
    inputMode: "numeric",
    min: "0",
    max: "100",
  };
  const dates: FieldSpec[] = [
    { kind: "date", name: "startedOn", label: "Start date", defaultValue: str(v.startedOn), required: true },
    { kind: "date", name: "endedOn", label: "End date", defaultValue: str(v.endedOn), hint: "Leave empty while it is ongoing." },
  ];
  if (kind === "JOB")
    return [
      { kind: "hidden", name: "kind", value: kind },
      { kind: "text", name: "employer", label: "Employer", defaultValue: str(v.organization), required: true, maxLength: 120 },
      { kind: "text", name: "title", label: "Job title", defaultValue: str(v.title), required: true, maxLength: 120 },
      ...dates,
      {
        kind: "number",
        name: "hoursPerWeek",
        label: "Hours per week",
        defaultValue: str(v.hoursPerWeek),
        inputMode: "numeric",
        min: "1",
        max: "80",
        hint: `A month counts in full at ${full}+ coding hours a week.`,
      },
      share,
      ...CODE_SETS.map((c): FieldSpec => ({
        kind: "checkbox",
        name: `codeSet${c}`,
        label: `Used ${CODE_SET_LABELS[c]}`,
        defaultChecked: v.codeSets?.includes(c) ?? false,
      })),
    ];
  if (kind === "EXTERNSHIP")
    return [
      { kind: "hidden", name: "kind", value: kind },
      { kind: "text", name: "site", label: "Externship site", defaultValue: str(v.organization), required: true, maxLength: 120 },
      {
        kind: "text",
        name: "supervisorName",
        label: "Supervisor's name",
        defaultValue: str(v.supervisorName),
        required: true,
        maxLength: 120,
      },
      ...dates,
      {
        kind: "number",
        name: "totalHours",
        label: "Total hours on site",
        defaultValue: str(v.totalHours),
        inputMode: "numeric",
        min: "1",
        hint: "So far, while it is ongoing.",
      },
      share,
      { kind: "textarea", name: "tasks", label: "Tasks (optional)", defaultValue: str(v.tasks), rows: 3, maxLength: 1000 },
    ];
  return [
    { kind: "hidden", name: "kind", value: kind },
    { kind: "text", name: "course", label: "Course", defaultValue: str(v.title), required: true, maxLength: 160 },
    {
      kind: "text",
      name: "provider",
      label: "Provider (school or instructor)",
      defaultValue: str(v.organization),
      required: true,
      maxLength: 120,
    },
    { kind: "number", name: "contactHours", label: "Contact hours", defaultValue: str(v.contactHours), inputMode: "numeric", min: "1" },
    {
      kind: "date",
      name: "certificateOn",
      label: "Certificate date",
      defaultValue: str(v.certificateOn),
      hint: "Leave empty until you finish: only completed courses count.",
    },
  ];
}
