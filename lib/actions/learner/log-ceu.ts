"use server";
// Logs continuing-education units (CEUs).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { ceuSchema } from "@/lib/actions/learner/schemas";
import { logCeu } from "@/lib/data/learner/credential";

export const logCeuAction = userAction(
  { name: "logCeuAction", schema: ceuSchema, permission: "update:credential:own" },
  async (input, user) => {
    const row = await logCeu(user, input);
    for (const path of ["/learner/credential", "/learner"]) revalidatePath(path);
    return { id: row.id };
  },
);
