// The cohort form's fields (create and edit), with path and credential choices from content.
import { CREDENTIALS } from "@/lib/content/credentials";
import type { FieldSpec } from "@/lib/ui/forms/field-spec";

const iso = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : "");

export function cohortFields(c?: {
  name: string;
  path: string | null;
  credentialCode: string | null;
  startDate: Date;
  endDate: Date | null;
  targetExamDate: Date | null;
}): FieldSpec[] {
  return [
    { kind: "text", name: "name", label: "Cohort name", required: true, maxLength: 120, defaultValue: c?.name },
    {
      kind: "select",
      name: "path",
      label: "Path",
      defaultValue: c?.path ?? "",
      options: [
        { value: "", label: "Not set" },
        { value: "CODING", label: "Medical coding" },
        { value: "BILLING", label: "Medical billing" },
      ],
    },
    {
      kind: "select",
      name: "credentialCode",
      label: "Target credential",
      defaultValue: c?.credentialCode ?? "",
      options: [
        { value: "", label: "Not set" },
        ...CREDENTIALS.filter((x) => !x.isApprenticeStatus).map((x) => ({ value: x.code, label: `${x.code} — ${x.name}` })),
      ],
    },
    { kind: "date", name: "startDate", label: "Start date", required: true, defaultValue: iso(c?.startDate) },
    { kind: "date", name: "endDate", label: "End date", defaultValue: iso(c?.endDate) },
    { kind: "date", name: "targetExamDate", label: "Target exam date", defaultValue: iso(c?.targetExamDate) },
  ];
}
