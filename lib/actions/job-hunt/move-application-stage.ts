"use server";
// Moves an application to another pipeline stage (board "Move to" and the detail page).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { moveStageSchema } from "@/lib/actions/job-hunt/schemas";
import { moveApplicationStage } from "@/lib/data/job-hunt/stages";

const handler = userAction(moveStageSchema, async ({ id, stage, on }, user) => {
  await moveApplicationStage(user, id, stage, on);
  revalidatePath("/learner/applications");
  revalidatePath(`/learner/applications/${id}`);
  return { stage: stage as string };
});

export async function moveApplicationStageAction(prev: ActionState<{ stage: string }>, formData: FormData) {
  return handler(prev, formData);
}
