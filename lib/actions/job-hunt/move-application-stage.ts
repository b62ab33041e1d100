"use server";
// Moves an application to another pipeline stage (board "Move to" and the detail page).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { moveStageSchema } from "@/lib/actions/job-hunt/schemas";
import { moveApplicationStage } from "@/lib/data/job-hunt/stages";

export const moveApplicationStageAction = userAction(
  { name: "moveApplicationStageAction", schema: moveStageSchema, permission: "update:application:own" },
  async ({ id, stage, on, from }, user) => {
    await moveApplicationStage(user, id, stage, on, from);
    revalidatePath("/learner/applications");
    revalidatePath(`/learner/applications/${id}`);
    return { stage: stage as string };
  },
);
