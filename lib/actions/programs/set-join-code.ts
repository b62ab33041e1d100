"use server";
// Turns a cohort's join code on or off, or replaces it.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { joinCodeSchema } from "@/lib/actions/programs/schemas";
import { setJoinCode } from "@/lib/data/programs/cohorts";

export const setJoinCodeAction = userAction(
  { name: "setJoinCodeAction", schema: joinCodeSchema, permission: "manage:cohort:org" },
  async ({ cohortId, mode }, user) => {
    await setJoinCode(user, cohortId, mode);
    revalidatePath("/programs", "layout");
    return { mode: mode as string };
  },
);
