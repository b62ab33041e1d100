"use server";
// Updates progress toward removing apprentice (CPC-A) status.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { apprenticeSchema } from "@/lib/actions/learner/schemas";
import { updateApprenticeProgress } from "@/lib/data/learner/credential";

export const updateApprenticeAction = userAction(
  { name: "updateApprenticeAction", schema: apprenticeSchema, permission: "update:credential:own" },
  async (input, user) => {
    await updateApprenticeProgress(user, input);
    for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
