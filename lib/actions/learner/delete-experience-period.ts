"use server";
// Deletes a period from the learner's experience log (the page asks for confirmation first).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { deleteExperienceSchema } from "@/lib/actions/learner/experience-schema";
import { deleteExperiencePeriod } from "@/lib/data/learner/experience";

export const deleteExperiencePeriodAction = userAction(
  { name: "deleteExperiencePeriodAction", schema: deleteExperienceSchema, permission: "update:experience-log:own" },
  async (input, user) => {
    await deleteExperiencePeriod(user, input.id);
    for (const path of ["/learner/credential/experience", "/learner/credential", "/learner"]) revalidatePath(path);
    return { deletedAt: Date.now() };
  },
);
