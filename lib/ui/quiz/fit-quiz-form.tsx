"use client";
// The fit quiz one question per screen: a progress bar, Back/Next that keep answers, Next
// refusing an unanswered question beside it, focus on each new question's heading. It is one
// <form>, so the last step posts every answer to the same server action as before; without
// JavaScript every question shows on one page (Tailwind's noscript variant).
import { useActionState, useRef, useState, useSyncExternalStore } from "react";
import { flushSync } from "react-dom";
import type { ActionState } from "@/lib/actions/action";
import { idle } from "@/lib/actions/idle";
import { FormMessage, SubmitButton, fieldError, fieldValue } from "@/lib/ui/form-controls";
import type { FormAction } from "@/lib/ui/forms/action-form";
import { firstStepWithError, firstUnanswered, isAnswered, moveStep, progressPercent } from "@/lib/domain/quiz-steps";
import { QuizStep, type QuizQuestionView } from "./quiz-step";
import { Button } from "@/lib/ui/primitives/button";

export type { QuizQuestionView } from "./quiz-step";

const UNANSWERED = "Choose an answer to go on.";
// False in the server HTML and during hydration, true once React runs the buttons.
const noop = () => () => {};
const useHydrated = () =>
  useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );

// No display class here: each button sets its own, so "hidden" is never fighting "inline-flex".

export function FitQuizForm<T>({ action, questions }: { action: FormAction<T>; questions: QuizQuestionView[] }) {
  const [state, formAction] = useActionState(action, idle as ActionState<T>);
  // Back/Next do nothing until hydrated, so they stay disabled rather than ignore a click.
  const hydrated = useHydrated();
  const ids = questions.map((q) => q.id);
  const count = questions.length;
  const [answers, setAnswers] = useState<Record<string, string>>(() =>
    Object.fromEntries(ids.map((id) => [id, fieldValue(state, id)]).filter(([, v]) => v !== "")),
  );
  const [step, setStep] = useState(() => (state.status === "error" ? (firstStepWithError(ids, state.fieldErrors) ?? 0) : 0));
  const [refused, setRefused] = useState<number | null>(null);
  const [seen, setSeen] = useState(state);
  const headings = useRef<(HTMLHeadingElement | null)[]>([]);
  const fieldsets = useRef<(HTMLFieldSetElement | null)[]>([]);

  // A server answer with errors (only possible if the client checks were bypassed): keep what
  // was sent and open the first question it rejected.
  if (state !== seen) {
    setSeen(state);
    if (state.status === "error") {
      setAnswers((a) => ({ ...a, ...Object.fromEntries(ids.map((id) => [id, state.values[id] ?? a[id] ?? ""])) }));
      setStep(firstStepWithError(ids, state.fieldErrors) ?? step);
    }
  }

  const go = (to: number) => {
    flushSync(() => {
      setRefused(null);
      setStep(to);
    });
    headings.current[to]?.focus();
  };
  const refuse = (at: number) => {
    flushSync(() => {
      setStep(at);
      setRefused(at);
    });
    fieldsets.current[at]?.querySelector<HTMLInputElement>("input[type=radio]")?.focus();
  };
  const next = () => {
    const id = ids[step];
    if (id === undefined || !isAnswered(answers, id)) refuse(step);
    else go(moveStep(step, 1, count));
  };
  const onSubmit = (e: React.FormEvent<HTMLFormElement>) => {
    // Enter on an earlier step means Next; the last step submits only when everything is answered.
    if (step < count - 1) {
      e.preventDefault();
      next();
      return;
    }
    const missing = firstUnanswered(ids, answers);
    if (missing !== -1) {
      e.preventDefault();
      refuse(missing);
    }
  };
  // The server's message stays only while the answer is still the one it rejected.
  const errorFor = (i: number, id: string) =>
    refused === i
      ? UNANSWERED
      : state.status === "error" && (answers[id] ?? "") === (state.values[id] ?? "")
        ? fieldError(state, id)
        : undefined;
  const last = step === count - 1;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate>
      <FormMessage state={state} />
      <div className="mb-6 noscript:hidden">
        <p role="status" className="text-sm font-medium text-slate-700">
          Question {step + 1} of {count}
        </p>
        <div aria-hidden="true" className="mt-2 h-2 overflow-hidden rounded-full bg-slate-200">
          <div className="h-full rounded-full bg-brand-600 transition-[width]" style={{ width: `${progressPercent(step, count)}%` }} />
        </div>
      </div>
      {questions.map((q, i) => (
        <QuizStep
          key={q.id}
          question={q}
          index={i}
          count={count}
          current={i === step}
          value={answers[q.id]}
          error={errorFor(i, q.id)}
          onChange={(id, value) => {
            setAnswers((a) => ({ ...a, [id]: value }));
            if (refused === i) setRefused(null);
          }}
          headingRef={(el) => {
            headings.current[i] = el;
          }}
          fieldsetRef={(el) => {
            fieldsets.current[i] = el;
          }}
        />
      ))}
      <div className="mt-8 flex items-center justify-between gap-3 noscript:justify-end">
        {/* Display is toggled on wrappers: the buttons' own classes are their look (cn.ts). */}
        <span className={`noscript:hidden ${step === 0 ? "invisible" : ""}`}>
          <Button variant="secondary" onClick={() => go(moveStep(step, -1, count))} disabled={!hydrated}>
            Back
          </Button>
        </span>
        {!last && (
          <span className="noscript:hidden">
            <Button onClick={next} disabled={!hydrated}>
              Next
            </Button>
          </span>
        )}
        <span className={last ? "contents" : "hidden noscript:contents"}>
          <SubmitButton pendingLabel="Working out your result…">See my result</SubmitButton>
        </span>
      </div>
    </form>
  );
}
