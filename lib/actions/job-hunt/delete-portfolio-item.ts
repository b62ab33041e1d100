"use server";
// Removes a portfolio item.
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { deleteByIdSchema } from "@/lib/actions/job-hunt/schemas";
import { deletePortfolioItem } from "@/lib/data/job-hunt/portfolio";

const handler = userAction(deleteByIdSchema, async ({ id }, user) => {
  await deletePortfolioItem(user, id);
  revalidatePath("/learner/portfolio");
  return { removed: id };
});

export async function deletePortfolioItemAction(prev: ActionState<{ removed: string }>, formData: FormData) {
  return handler(prev, formData);
}
