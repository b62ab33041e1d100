"use server";
// Adds a redacted exercise or case study to the portfolio (PHI guard first).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { portfolioSchema } from "@/lib/actions/job-hunt/schemas";
import { createPortfolioItem } from "@/lib/data/job-hunt/portfolio";

const handler = userAction(portfolioSchema, async (input, user) => {
  const item = await createPortfolioItem(user, input);
  revalidatePath("/learner/portfolio");
  return item;
});

export async function createPortfolioItemAction(prev: ActionState<{ id: string }>, formData: FormData) {
  return handler(prev, formData);
}
