// One question of the stepped fit quiz: a fieldset named by its heading (which takes focus
// when the step opens), the error beside it, and large radio cards that arrows and Space work.
import type { Ref } from "react";

export interface QuizQuestionView {
  id: string;
  prompt: string;
  options: { value: string; label: string }[];
}

interface QuizStepProps {
  question: QuizQuestionView;
  index: number;
  count: number;
  current: boolean;
  value: string | undefined;
  error: string | undefined;
  onChange: (id: string, value: string) => void;
  headingRef: Ref<HTMLHeadingElement>;
  fieldsetRef: Ref<HTMLFieldSetElement>;
}

export function QuizStep({ question, index, count, current, value, error, onChange, headingRef, fieldsetRef }: QuizStepProps) {
  const headingId = `quiz-q-${question.id}`;
  const errorId = `${headingId}-error`;
  return (
    <fieldset
      ref={fieldsetRef}
      // Other steps stay in the form (and are submitted) but hidden; without JavaScript all show.
      className={current ? "block" : "hidden noscript:block noscript:mt-8"}
      aria-describedby={error ? errorId : undefined}
      aria-invalid={error ? true : undefined}
    >
      <legend className="w-full">
        <span className="hidden text-sm font-medium text-slate-600 noscript:block">
          Question {index + 1} of {count}
        </span>
        <h2 ref={headingRef} id={headingId} tabIndex={-1} className="text-xl font-semibold text-slate-900 sm:text-2xl">
          {question.prompt}
        </h2>
      </legend>
      {error && (
        <p id={errorId} role="alert" className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
          {error}
        </p>
      )}
      <div className="mt-4 space-y-2">
        {question.options.map((o) => (
          <label
            key={o.value}
            className="flex cursor-pointer items-center gap-3 rounded-lg border border-slate-300 bg-white px-4 py-3 text-slate-800 hover:border-brand-600 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
          >
            <input
              type="radio"
              name={question.id}
              value={o.value}
              checked={value === o.value}
              onChange={() => onChange(question.id, o.value)}
              className="h-5 w-5 shrink-0 accent-brand-700 focus-visible:outline-none"
            />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
