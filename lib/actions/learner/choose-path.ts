"use server";
// Saves the learner's path, credential and training route.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { choosePathSchema } from "@/lib/actions/learner/schemas";
import { choosePath } from "@/lib/data/learner/profile";

export const choosePathAction = userAction(
  { name: "choosePathAction", schema: choosePathSchema, permission: "update:learner-profile:own" },
  async (input, user) => {
    await choosePath(user, input);
    for (const path of ["/learner/path", "/learner", "/learner/plan"]) revalidatePath(path);
    return { savedAt: Date.now() };
  },
);
