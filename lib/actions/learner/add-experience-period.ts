"use server";
// Adds a job, externship or course to the learner's experience log.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { addExperienceSchema } from "@/lib/actions/learner/experience-schema";
import { addExperiencePeriod } from "@/lib/data/learner/experience";

export const addExperiencePeriodAction = userAction(
  { name: "addExperiencePeriodAction", schema: addExperienceSchema, permission: "update:experience-log:own" },
  async (input, user) => {
    const row = await addExperiencePeriod(user, input.period);
    for (const path of ["/learner/credential/experience", "/learner/credential", "/learner"]) revalidatePath(path);
    return { id: row.id, savedAt: Date.now() };
  },
);
