"use server";
// Removes a portfolio item.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { deleteByIdSchema } from "@/lib/actions/job-hunt/schemas";
import { deletePortfolioItem } from "@/lib/data/job-hunt/portfolio";

export const deletePortfolioItemAction = userAction(
  { name: "deletePortfolioItemAction", schema: deleteByIdSchema, permission: "update:portfolio:own" },
  async ({ id }, user) => {
    await deletePortfolioItem(user, id);
    revalidatePath("/learner/portfolio");
    return { removed: id };
  },
);
