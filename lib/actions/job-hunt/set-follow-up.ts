"use server";
// Sets or clears an application's follow-up date.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { followUpSchema } from "@/lib/actions/job-hunt/schemas";
import { setFollowUp } from "@/lib/data/job-hunt/applications";

export const setFollowUpAction = userAction(
  { name: "setFollowUpAction", schema: followUpSchema, permission: "update:application:own" },
  async ({ id, followUpOn }, user) => {
    await setFollowUp(user, id, followUpOn);
    revalidatePath("/learner/applications");
    revalidatePath(`/learner/applications/${id}`);
    return { followUpOn: followUpOn ?? null };
  },
);
