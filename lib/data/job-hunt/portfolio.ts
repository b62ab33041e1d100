// Portfolio of redacted coding exercises and case studies, behind the PHI guard.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError } from "@/lib/data/errors";
import { assertCan } from "@/lib/data/access";
import { guardPhi } from "@/lib/data/job-hunt/phi";

export async function listPortfolio(actor: CurrentUser) {
  assertCan(actor, "read:job-hunt:own");
  return db.portfolioItem.findMany({
    where: { userId: actor.id },
    orderBy: { createdAt: "desc" },
    select: { id: true, title: true, description: true, body: true, createdAt: true },
  });
}

export async function createPortfolioItem(
  actor: CurrentUser,
  input: { title: string; description?: string; body: string; confirmPhi: boolean },
) {
  assertCan(actor, "update:portfolio:own");
  guardPhi({ title: input.title, description: input.description, body: input.body }, input.confirmPhi);
  const item = await db.portfolioItem.create({
    data: { userId: actor.id, title: input.title, description: input.description ?? null, body: input.body },
    select: { id: true },
  });
  await touchActivity(actor.id);
  return item;
}

export async function deletePortfolioItem(actor: CurrentUser, id: string) {
  assertCan(actor, "update:portfolio:own");
  const { count } = await db.portfolioItem.deleteMany({ where: { id, userId: actor.id } });
  if (count === 0) throw new NotFoundError("That portfolio item was not found.");
  await touchActivity(actor.id);
}
