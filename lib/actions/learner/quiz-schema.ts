// The fit quiz form: one field per question; lib/domain/fit-quiz validates the answers
// themselves (unknown keys, missing answers, values outside the options).
import { z } from "zod";
import { FIT_QUESTIONS } from "@/lib/content/fit-quiz";

export const fitQuizSchema = z.object(
  Object.fromEntries(
    FIT_QUESTIONS.map((q) => [
      q.id,
      z.string({ error: "Please answer this question." }).regex(/^[1-5]$/, "Choose one of the offered answers."),
    ]),
  ) as Record<string, z.ZodString>,
);
