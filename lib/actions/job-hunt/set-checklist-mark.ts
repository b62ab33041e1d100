"use server";
// Ticks or unticks one checklist item (resume keywords, remote readiness, preferences).
import { revalidatePath } from "next/cache";
import { userAction, type ActionState } from "@/lib/actions/action";
import { checklistMarkSchema } from "@/lib/actions/job-hunt/schemas";
import { setChecklistMark } from "@/lib/data/job-hunt/checklists";

const PAGES = { "resume-keywords": "/learner/resume", "remote-readiness": "/learner/remote", prefs: "/learner/applications" } as const;

const handler = userAction(checklistMarkSchema, async (input, user) => {
  await setChecklistMark(user, input.list, input.itemKey, input.checked);
  revalidatePath(PAGES[input.list]);
  return { checked: input.checked };
});

export async function setChecklistMarkAction(prev: ActionState<{ checked: boolean }>, formData: FormData) {
  return handler(prev, formData);
}
