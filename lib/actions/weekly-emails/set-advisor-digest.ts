"use server";
// Turns the advisor's weekly digest on or off (account page, "Weekly emails").
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { weeklyEmailChoiceSchema } from "@/lib/actions/weekly-emails/schemas";
import { setWeeklyEmailChoice } from "@/lib/data/weekly-emails/preferences";

export const setAdvisorDigestAction = userAction(
  { name: "setAdvisorDigestAction", schema: weeklyEmailChoiceSchema, permission: "update:weekly-digest:own" },
  async (input, user) => {
    const choice = await setWeeklyEmailChoice(user, "ADVISOR_DIGEST", input.enabled);
    revalidatePath("/account");
    return { enabled: choice.enabled };
  },
);
