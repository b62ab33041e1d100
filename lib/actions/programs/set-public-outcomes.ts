"use server";
// An admin publishes one standard's latest figures on the program's public page, or takes it down.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { publicOutcomesSchema } from "@/lib/actions/programs/enrollment-schemas";
import { setPublicOutcomes } from "@/lib/data/programs/standard-reports";

export const setPublicOutcomesAction = userAction(
  { name: "setPublicOutcomesAction", schema: publicOutcomesSchema, permission: "update:organization:org" },
  async ({ organizationId, standard, minCell }, user) => {
    await setPublicOutcomes(user, organizationId, standard === "OFF" ? null : standard, minCell);
    revalidatePath("/programs", "layout");
    revalidatePath("/outcomes", "layout");
    return { saved: true };
  },
);
