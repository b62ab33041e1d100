// The onboarding wizard's six steps as field specs, prefilled from the saved profile.
import { PERSONAS } from "@/lib/domain/types";
import type { LearnerProfileView } from "@/lib/data/learner/profile";
import type { FieldSpec } from "@/lib/ui/forms/field-spec";
import { PERSONA_LABELS, WORK_MODE_LABELS } from "./labels";
import { US_STATES } from "@/lib/content/us-states";

export interface OnboardingStepSpec {
  title: string;
  intro: string;
  field: FieldSpec;
}

export function onboardingSteps(p: LearnerProfileView, today: string): OnboardingStepSpec[] {
  return [
    {
      title: "Which describes you best?",
      intro: "Your 30-60-90 day plan is written for your situation.",
      field: {
        kind: "radio",
        name: "persona",
        label: "About you",
        defaultValue: p.persona ?? "",
        options: PERSONAS.map((code) => ({
          value: code,
          label: PERSONA_LABELS[code].label,
          description: PERSONA_LABELS[code].description,
        })),
      },
    },
    {
      title: "Where do you live?",
      intro: "Programs, exam centers and employers differ by state.",
      field: {
        kind: "select",
        name: "usState",
        label: "US state",
        defaultValue: p.usState ?? "",
        options: [{ value: "", label: "Choose a state" }, ...US_STATES.map((s) => ({ value: s.code, label: s.name }))],
      },
    },
    {
      title: "How many hours a week can you study?",
      intro: "The plan assumes 10; fewer hours stretch the dates, more do not shorten your program.",
      field: {
        kind: "number",
        name: "weeklyHours",
        label: "Weekly study hours",
        defaultValue: p.weeklyHours?.toString() ?? "",
        hint: "A whole number from 1 to 80.",
      },
    },
    {
      title: "What is your training budget?",
      intro: "Routes range from under $2,000 for self-paced programs to $20,000+ for degrees.",
      field: {
        kind: "number",
        name: "budgetUsd",
        label: "Budget in US dollars",
        defaultValue: p.budgetUsd?.toString() ?? "",
        hint: "Your best estimate; 0 if you need free options.",
      },
    },
    {
      title: "When do you want to start?",
      intro: "Your plan's dates count from this day.",
      field: { kind: "date", name: "startDate", label: "Start date", defaultValue: p.startDate ?? today },
    },
    {
      title: "How would you like to work?",
      intro: "Many employers want 1–2 years on site before remote work.",
      field: {
        kind: "radio",
        name: "workMode",
        label: "Preferred work mode",
        defaultValue: p.workMode ?? "",
        options: Object.entries(WORK_MODE_LABELS).map(([value, label]) => ({ value, label })),
      },
    },
  ];
}
