"use server";
// Scores and keeps a fit-quiz attempt. Visitors get a random id in an httpOnly cookie so the
// result can be attached to their account when they sign up and sign in.
import { randomUUID } from "node:crypto";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { publicAction } from "@/lib/actions/action";
import { fitQuizSchema } from "@/lib/actions/learner/quiz-schema";
import { recordFitQuizAttempt } from "@/lib/data/learner/fit-quiz";
import { hasPermission } from "@/lib/auth/permissions";
import { VISITOR_COOKIE, visitorCookieOptions } from "@/lib/actions/learner/visitor-cookie";

export const submitFitQuizAction = publicAction({ name: "submitFitQuizAction", schema: fitQuizSchema }, async (answers, user) => {
  const store = await cookies();
  let visitorId = store.get(VISITOR_COOKIE)?.value ?? null;
  if (!(user && hasPermission(user, "claim:fit-quiz:own")) && !visitorId) {
    visitorId = randomUUID();
    store.set(VISITOR_COOKIE, visitorId, visitorCookieOptions());
  }
  await recordFitQuizAttempt(user, visitorId, answers);
  redirect("/quiz/result");
});
