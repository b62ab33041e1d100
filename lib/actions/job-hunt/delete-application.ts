"use server";
// Deletes an application with its history and contacts.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { deleteByIdSchema } from "@/lib/actions/job-hunt/schemas";
import { deleteApplication } from "@/lib/data/job-hunt/applications";

export const deleteApplicationAction = userAction(
  { name: "deleteApplicationAction", schema: deleteByIdSchema, permission: "update:application:own" },
  async ({ id }, user) => {
    await deleteApplication(user, id);
    revalidatePath("/learner/applications");
    redirect("/learner/applications?deleted=1");
  },
);
