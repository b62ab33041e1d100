// "Last activity" for advisors' at-risk flags: every learner write touches it.
import "server-only";
import { db } from "@/lib/db";

export async function touchActivity(userId: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { lastActiveAt: new Date() } });
}
