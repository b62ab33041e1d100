"use server";
// A learner removes a job they recorded (after a confirmation tick).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { deletePlacementSchema } from "@/lib/actions/programs/schemas";
import { deletePlacement } from "@/lib/data/programs/placements";

export const deletePlacementAction = userAction(
  { name: "deletePlacementAction", schema: deletePlacementSchema, permission: "record:placement:own" },
  async ({ placementId }, user) => {
    await deletePlacement(user, placementId);
    revalidatePath("/learner/job");
    return { removed: true };
  },
);
