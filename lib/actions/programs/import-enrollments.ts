"use server";
// Staff update many enrollments' statuses from a CSV: every row is checked, and the file is
// applied only when no row has a problem (the problems are listed by row and column).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { importEnrollmentsSchema } from "@/lib/actions/programs/enrollment-schemas";
import { importEnrollmentStatuses } from "@/lib/data/programs/enrollment-import";

export const importEnrollmentsAction = userAction(
  { name: "importEnrollmentsAction", schema: importEnrollmentsSchema, permission: "manage:enrollment:org" },
  async ({ organizationId, file }, user) => {
    const result = await importEnrollmentStatuses(user, organizationId, await file.text());
    if (result.ok) revalidatePath("/programs", "layout");
    return result;
  },
);
