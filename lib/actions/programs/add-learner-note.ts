"use server";
// Advisor/admin note on a learner (shared with the learner or staff-only).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { noteSchema } from "@/lib/actions/programs/schemas";
import { addLearnerNote } from "@/lib/data/programs/learner-view";

export const addLearnerNoteAction = userAction(
  { name: "addLearnerNoteAction", schema: noteSchema, permission: "create:learner-note:cohort" },
  async ({ learnerId, body, visibility, confirmPhi }, user) => {
    await addLearnerNote(user, { learnerId, body, visibility, confirmPhi: confirmPhi === "on" });
    revalidatePath(`/advisor/learners/${learnerId}`);
    return { saved: true };
  },
);
