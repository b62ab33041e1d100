// Field specs for adding or editing a shortlisted program (the guide's comparison criteria).
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import type { ShortlistedProgramView } from "@/lib/data/learner/shortlist";
import type { FieldSpec } from "@/lib/ui/forms/field-spec";

const yesNo = (v: boolean | null | undefined) => (v === true ? "yes" : v === false ? "no" : "");
const str = (v: number | string | null | undefined) => (v === null || v === undefined ? "" : String(v));
const TRI = [
  { value: "", label: "Not known yet" },
  { value: "yes", label: "Yes" },
  { value: "no", label: "No" },
];

export function shortlistFields(p?: ShortlistedProgramView): FieldSpec[] {
  return [
    ...(p
      ? [
          { kind: "hidden" as const, name: "id", value: p.id },
          { kind: "hidden" as const, name: "version", value: String(p.version) },
        ]
      : []),
    { kind: "text", name: "name", label: "Program name", defaultValue: p?.name ?? "" },
    {
      kind: "url",
      name: "url",
      label: "Web address (optional)",
      hint: "If the program publishes its outcomes on Chartpath, paste that link (…/outcomes/…) to see its figures beside yours.",
      defaultValue: p?.url ?? "",
    },
    {
      kind: "select",
      name: "routeCode",
      label: "Route",
      defaultValue: p?.routeCode ?? "",
      options: [{ value: "", label: "Not sure" }, ...TRAINING_ROUTES.map((r) => ({ value: r.code, label: r.name }))],
    },
    {
      kind: "text",
      name: "accreditation",
      label: "Accreditation",
      defaultValue: p?.accreditation ?? "",
      hint: "e.g. CAHIIM, AAPC-approved",
    },
    { kind: "text", name: "instructorCredentials", label: "Instructor credentials", defaultValue: p?.instructorCredentials ?? "" },
    { kind: "number", name: "examPassRate", label: "Exam pass rate (%)", defaultValue: str(p?.examPassRate) },
    { kind: "number", name: "placementRate", label: "Job placement rate (%)", defaultValue: str(p?.placementRate) },
    { kind: "select", name: "externship", label: "Externship", defaultValue: yesNo(p?.externship), options: TRI },
    { kind: "select", name: "placementHelp", label: "Job-placement help", defaultValue: yesNo(p?.placementHelp), options: TRI },
    { kind: "number", name: "costUsd", label: "Total cost (US$)", defaultValue: str(p?.costUsd) },
    { kind: "number", name: "durationMonths", label: "Duration (months)", defaultValue: str(p?.durationMonths) },
    {
      kind: "textarea",
      name: "notes",
      label: "Notes",
      defaultValue: p?.notes ?? "",
      hint: "Career notes only — never patient information.",
    },
    { kind: "checkbox", name: "confirmPhi", label: "Save even if the notes look like patient identifiers (I checked: they are not)" },
  ];
}
