"use server";
// Edits a period of the learner's experience log at the version the form was opened with.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { updateExperienceSchema } from "@/lib/actions/learner/experience-schema";
import { updateExperiencePeriod } from "@/lib/data/learner/experience";

export const updateExperiencePeriodAction = userAction(
  { name: "updateExperiencePeriodAction", schema: updateExperienceSchema, permission: "update:experience-log:own" },
  async (input, user) => {
    await updateExperiencePeriod(user, input.id, input.version, input.period);
    for (const path of ["/learner/credential/experience", "/learner/credential", "/learner"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
