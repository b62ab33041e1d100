"use server";
// Advisor/admin notes on a learner (shared with the learner or staff-only).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { noteSchema } from "@/lib/actions/programs/schemas";
import { addLearnerNote } from "@/lib/data/programs/learner-view";

const add = userAction(noteSchema, async ({ learnerId, body, visibility, confirmPhi }, user) => {
  await addLearnerNote(user, { learnerId, body, visibility, confirmPhi: confirmPhi === "on" });
  revalidatePath(`/advisor/learners/${learnerId}`);
  return { saved: true };
});

export async function addLearnerNoteAction(prev: ActionState<{ saved: boolean }>, formData: FormData) {
  return add(prev, formData);
}
