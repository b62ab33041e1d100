// Public fit quiz, one question per screen (lib/ui/quiz), scored by lib/domain/fit-quiz.
import type { Metadata } from "next";
import Link from "next/link";
import { FIT_QUESTIONS, FIT_QUIZ_INTRO, FIT_QUIZ_SOURCE } from "@/lib/content/fit-quiz";
import { submitFitQuizAction } from "@/lib/actions/learner/submit-fit-quiz";
import { FitQuizForm, type QuizQuestionView } from "@/lib/ui/quiz/fit-quiz-form";
import { FactSource } from "@/lib/ui/fact-source";

export const metadata: Metadata = { title: "Coding or billing? Take the fit quiz" };

const QUESTIONS: QuizQuestionView[] = FIT_QUESTIONS.map((q) => ({
  id: q.id,
  prompt: q.prompt,
  options: q.options.map((o) => ({ value: String(o.value), label: o.label })),
}));

export default function QuizPage() {
  return (
    <div className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{FIT_QUIZ_INTRO.title}</h1>
      <p className="mt-2 text-slate-700">{FIT_QUIZ_INTRO.lead}</p>
      <section aria-label="Quiz" className="mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <FitQuizForm action={submitFitQuizAction} questions={QUESTIONS} />
      </section>
      <p className="mt-4 text-sm text-slate-700">
        {FIT_QUIZ_INTRO.saving}{" "}
        <Link className="font-medium text-brand-700 underline" href="/sign-up">
          Create an account
        </Link>
      </p>
      <details className="mt-3 text-sm text-slate-600">
        <summary className="cursor-pointer">Sources</summary>
        <div className="mt-1">
          <FactSource fact={FIT_QUIZ_SOURCE} />
        </div>
      </details>
    </div>
  );
}
