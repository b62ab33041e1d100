// The graduate survey form as field data (lib/ui/forms/field-spec.ts): what the graduate is doing
// now, then the job details that apply only to those working. Names match
// lib/actions/programs/graduate-survey-schema.ts.
import type { FieldSpec } from "@/lib/ui/forms/field-spec";

export function graduateSurveyFields(today: string): FieldSpec[] {
  return [
    {
      kind: "radio",
      name: "outcome",
      label: "What are you doing now?",
      options: [
        { value: "EMPLOYED", label: "Working for an employer" },
        { value: "SELF_EMPLOYED", label: "Self-employed or freelance" },
        { value: "CONTINUING_EDUCATION", label: "Continuing my education", description: "Enrolled in further study" },
        { value: "MILITARY", label: "Serving in the military" },
        { value: "SERVICE", label: "In a service program", description: "e.g. AmeriCorps or Peace Corps" },
        { value: "SEEKING", label: "Still looking for work" },
        { value: "NOT_SEEKING", label: "Not looking for work right now" },
      ],
    },
    {
      kind: "text",
      name: "employer",
      label: "Employer",
      hint: "If you work for an employer.",
      maxLength: 120,
      autoComplete: "organization",
    },
    { kind: "text", name: "title", label: "Job title", hint: "If you are working.", maxLength: 120, autoComplete: "organization-title" },
    { kind: "date", name: "startedOn", label: "Start date", hint: "When you started this job, study or service.", max: today },
    { kind: "number", name: "hoursPerWeek", label: "Hours per week", hint: "Your usual hours, 1 to 80.", maxLength: 2 },
    {
      kind: "radio",
      name: "field",
      label: "How does the job relate to your training?",
      hint: "If you are working.",
      options: [
        { value: "IN_FIELD", label: "In the field", description: "Medical coding or billing is the job" },
        { value: "RELATED", label: "Related", description: "The job uses what you trained in" },
        { value: "UNRELATED", label: "Unrelated" },
      ],
    },
    {
      kind: "number",
      name: "salaryUsd",
      label: "Yearly salary in dollars (optional)",
      hint: "Leave blank if you prefer not to say.",
      maxLength: 7,
    },
  ];
}
