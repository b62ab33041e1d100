"use server";
// Undoes an automatic completion (lib/domain/plan-events): reopens the milestone and opts it
// out, so the event that completed it does not complete it again.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { milestoneStatusSchema } from "@/lib/actions/learner/schemas";
import { undoAutoCompletion } from "@/lib/data/learner/plan";

const undoAutoCompletionSchema = milestoneStatusSchema.pick({ id: true });

export const undoAutoCompletionAction = userAction(
  { name: "undoAutoCompletionAction", schema: undoAutoCompletionSchema, permission: "update:plan:own" },
  async (input, user) => {
    await undoAutoCompletion(user, input.id);
    for (const path of ["/learner/plan", "/learner"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
