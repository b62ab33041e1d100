"use server";
// A learner records a job they started (counted as a placement in program outcomes).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { placementSchema } from "@/lib/actions/programs/schemas";
import { recordPlacement } from "@/lib/data/programs/placements";

export const recordPlacementAction = userAction(
  { name: "recordPlacementAction", schema: placementSchema, permission: "record:placement:own" },
  async (input, user) => {
    await recordPlacement(user, input);
    revalidatePath("/learner/job");
    return { saved: true };
  },
);
