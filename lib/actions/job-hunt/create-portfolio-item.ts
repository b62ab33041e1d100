"use server";
// Adds a redacted exercise or case study to the portfolio (PHI guard first).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { portfolioSchema } from "@/lib/actions/job-hunt/schemas";
import { createPortfolioItem } from "@/lib/data/job-hunt/portfolio";

export const createPortfolioItemAction = userAction(
  { name: "createPortfolioItemAction", schema: portfolioSchema, permission: "update:portfolio:own" },
  async (input, user) => {
    const item = await createPortfolioItem(user, input);
    revalidatePath("/learner/portfolio");
    return item;
  },
);
