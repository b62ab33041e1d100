"use server";
// Sets or clears an application's follow-up date.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { followUpSchema } from "@/lib/actions/job-hunt/schemas";
import { setFollowUp } from "@/lib/data/job-hunt/applications";

const handler = userAction(followUpSchema, async ({ id, followUpOn }, user) => {
  await setFollowUp(user, id, followUpOn);
  revalidatePath("/learner/applications");
  revalidatePath(`/learner/applications/${id}`);
  return { followUpOn: followUpOn ?? null };
});

export async function setFollowUpAction(prev: ActionState<{ followUpOn: string | null }>, formData: FormData) {
  return handler(prev, formData);
}
