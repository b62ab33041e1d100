"use server";
// Compares a pasted job description with the saved resume; writes nothing.
import { userAction } from "@/lib/actions/action";
import { matchSchema } from "@/lib/actions/job-hunt/schemas";
import { analyzeJobDescription } from "@/lib/data/job-hunt/match";

export const analyzeMatchAction = userAction(
  { name: "analyzeMatchAction", schema: matchSchema, permission: "read:job-hunt:own" },
  async (input, user) => analyzeJobDescription(user, input.jobDescription),
);
