"use server";
// A learner joins a cohort with its join code (and consents to sharing).
import { redirect } from "next/navigation";
import { userAction } from "@/lib/actions/action";
import { joinCodeEntrySchema } from "@/lib/actions/programs/schemas";
import { joinWithCode } from "@/lib/data/programs/invitations";

export const joinWithCodeAction = userAction(
  { name: "joinWithCodeAction", schema: joinCodeEntrySchema, permission: "join:cohort:own" },
  async ({ code, consent }, user) => {
    await joinWithCode(user, code, consent === "on");
    redirect("/learner?joined=1");
  },
);
