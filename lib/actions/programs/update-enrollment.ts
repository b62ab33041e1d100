"use server";
// Staff change an enrollment's status, dates or documented unavailability (kept in its history).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { updateEnrollmentSchema } from "@/lib/actions/programs/enrollment-schemas";
import { updateEnrollment } from "@/lib/data/programs/enrollments";

export const updateEnrollmentAction = userAction(
  { name: "updateEnrollmentAction", schema: updateEnrollmentSchema, permission: "manage:enrollment:org" },
  async ({ enrollmentId, version, unavailableReason, ...rest }, user) => {
    await updateEnrollment(user, enrollmentId, version, {
      ...rest,
      unavailableReason: unavailableReason === undefined ? undefined : unavailableReason === "NONE" ? null : unavailableReason,
    });
    revalidatePath("/programs", "layout");
    return { saved: true };
  },
);
