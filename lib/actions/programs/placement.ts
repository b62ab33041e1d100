"use server";
// A learner records a job they started (counted as a placement in program outcomes).
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { userAction, type ActionState } from "@/lib/actions/action";
import { placementSchema } from "@/lib/actions/programs/schemas";
import { deletePlacement, recordPlacement } from "@/lib/data/programs/placements";

const record = userAction(placementSchema, async (input, user) => {
  await recordPlacement(user, input);
  revalidatePath("/learner/job");
  return { saved: true };
});

const remove = userAction(
  z.object({ placementId: z.string().min(1).max(40), confirm: z.literal("on", { message: "Tick the box to confirm" }) }),
  async ({ placementId }, user) => {
    await deletePlacement(user, placementId);
    revalidatePath("/learner/job");
    return { removed: true };
  },
);

export async function recordPlacementAction(prev: ActionState<{ saved: boolean }>, formData: FormData) {
  return record(prev, formData);
}
export async function deletePlacementAction(prev: ActionState<{ removed: boolean }>, formData: FormData) {
  return remove(prev, formData);
}
