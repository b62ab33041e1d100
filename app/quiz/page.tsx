// Public fit quiz: the guide's quick checklist and its five decision dimensions.
import type { Metadata } from "next";
import Link from "next/link";
import { FIT_QUESTIONS, FIT_QUIZ_SOURCE } from "@/lib/content/fit-quiz";
import { submitFitQuizAction } from "@/lib/actions/learner/submit-fit-quiz";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { FactSource } from "@/lib/ui/fact-source";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import type { FieldSpec } from "@/lib/ui/forms/field-spec";

export const metadata: Metadata = { title: "Coding or billing? Take the fit quiz" };

export default function QuizPage() {
  const checklist = FIT_QUESTIONS.filter((q) => q.kind === "CHECKLIST");
  const scales = FIT_QUESTIONS.filter((q) => q.kind === "SCALE");
  const toField = (q: (typeof FIT_QUESTIONS)[number], n: number): FieldSpec => ({
    kind: "radio",
    name: q.id,
    label: `${n}. ${q.prompt}`,
    options: q.options.map((o) => ({
      value: String(o.value),
      label: q.kind === "SCALE" && (o.value === 1 || o.value === 5) ? `${o.value} — ${o.label}` : o.label,
    })),
  });
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Coding or billing? Take the fit quiz"
        subtitle="Eleven questions, about three minutes. You get a recommendation, how confident it is, and why."
      />
      <Card>
        <p className="mb-4 text-sm text-slate-700">
          Part 1 is the guide&apos;s quick checklist; part 2 places you on its five decision dimensions: interest, work style,
          communication, specialization and timeline to entry. Your result is kept in this browser;{" "}
          <Link className="underline" href="/sign-up">
            create an account
          </Link>{" "}
          and it moves to your account when you sign in.
        </p>
        <FactSource fact={FIT_QUIZ_SOURCE} />
        <h2 className="mb-2 mt-6 text-lg font-semibold">Your answers</h2>
        <ActionForm
          action={submitFitQuizAction}
          idPrefix=""
          submitLabel="See my result"
          fields={[...checklist.map((q, i) => toField(q, i + 1)), ...scales.map((q, i) => toField(q, checklist.length + i + 1))]}
        />
      </Card>
    </div>
  );
}
