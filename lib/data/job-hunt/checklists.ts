// Ticked checklist items: resume keywords checked by hand, remote-readiness items and the
// follow-up email preference. Only known item keys of known lists can be stored.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { UserInputError } from "@/lib/data/errors";
import { KEYWORD_VOCABULARY } from "@/lib/content/keywords";
import { REMOTE_CHECKLIST } from "@/lib/content/remote-readiness";
import { assertCan } from "@/lib/data/access";

export type ChecklistList = "resume-keywords" | "remote-readiness" | "prefs";

const KNOWN: Record<ChecklistList, ReadonlySet<string>> = {
  "resume-keywords": new Set(KEYWORD_VOCABULARY.keywords.map((k) => k.id)),
  "remote-readiness": new Set(REMOTE_CHECKLIST.map((i) => i.key)),
  prefs: new Set(["follow-up-emails"]),
};

export async function getChecklistMarks(actor: CurrentUser, list: ChecklistList): Promise<string[]> {
  assertCan(actor, "read:job-hunt:own");
  const rows = await db.checklistMark.findMany({ where: { userId: actor.id, list }, select: { itemKey: true } });
  return rows.map((r) => r.itemKey);
}

export async function setChecklistMark(actor: CurrentUser, list: ChecklistList, itemKey: string, checked: boolean) {
  assertCan(actor, "update:checklist:own");
  if (!KNOWN[list].has(itemKey)) throw new UserInputError("That is not an item of this checklist.");
  if (checked) {
    await db.checklistMark.upsert({
      where: { userId_list_itemKey: { userId: actor.id, list, itemKey } },
      create: { userId: actor.id, list, itemKey },
      update: {},
    });
  } else {
    await db.checklistMark.deleteMany({ where: { userId: actor.id, list, itemKey } });
  }
  await touchActivity(actor.id);
}
