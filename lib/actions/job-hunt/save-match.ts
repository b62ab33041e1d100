"use server";
// Saves a job-description match on an existing application, or on a new one made from the form.
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { saveMatchSchema } from "@/lib/actions/job-hunt/schemas";
import { applicationFieldsSchema } from "@/lib/domain/application-schema";
import { UserInputError } from "@/lib/data/errors";
import { saveMatch } from "@/lib/data/job-hunt/match";

export const saveMatchAction = userAction(
  { name: "saveMatchAction", schema: saveMatchSchema, permission: "update:application:own" },
  async (input, user) => {
    let id: string;
    if (input.applicationId) {
      ({ id } = await saveMatch(user, {
        jobDescription: input.jobDescription,
        confirmPhi: input.confirmPhi,
        applicationId: input.applicationId,
      }));
    } else {
      const fields = applicationFieldsSchema.safeParse(input);
      if (!fields.success) {
        const fieldErrors: Record<string, string[]> = {};
        for (const issue of fields.error.issues) (fieldErrors[String(issue.path[0])] ??= []).push(issue.message);
        throw new UserInputError("Check the application details.", fieldErrors);
      }
      ({ id } = await saveMatch(user, { jobDescription: input.jobDescription, confirmPhi: input.confirmPhi, fields: fields.data }));
    }
    revalidatePath("/learner/applications");
    redirect(`/learner/applications/${id}?saved=match`);
  },
);
