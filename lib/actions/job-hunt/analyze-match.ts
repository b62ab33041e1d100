"use server";
// Compares a pasted job description with the saved resume; writes nothing.
import { userAction, type ActionState } from "@/lib/actions/action";
import { matchSchema } from "@/lib/actions/job-hunt/schemas";
import { analyzeJobDescription, type MatchView } from "@/lib/data/job-hunt/match";

const handler = userAction(matchSchema, async (input, user) => analyzeJobDescription(user, input.jobDescription));

export async function analyzeMatchAction(prev: ActionState<MatchView>, formData: FormData) {
  return handler(prev, formData);
}
