"use server";
// Turns the learner's weekly summary on or off (account page, "Weekly emails").
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { weeklyEmailChoiceSchema } from "@/lib/actions/weekly-emails/schemas";
import { setWeeklyEmailChoice } from "@/lib/data/weekly-emails/preferences";

export const setLearnerSummaryAction = userAction(
  { name: "setLearnerSummaryAction", schema: weeklyEmailChoiceSchema, permission: "update:weekly-summary:own" },
  async (input, user) => {
    const choice = await setWeeklyEmailChoice(user, "LEARNER_SUMMARY", input.enabled);
    revalidatePath("/account");
    return { enabled: choice.enabled };
  },
);
