"use server";
// Creates an application and opens it.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { createApplicationSchema } from "@/lib/actions/job-hunt/schemas";
import { createApplication } from "@/lib/data/job-hunt/applications";

export const createApplicationAction = userAction(
  { name: "createApplicationAction", schema: createApplicationSchema, permission: "update:application:own" },
  async ({ confirmPhi, ...fields }, user) => {
    const { id } = await createApplication(user, fields, { confirmPhi });
    revalidatePath("/learner/applications");
    redirect(`/learner/applications/${id}?saved=created`);
  },
);
