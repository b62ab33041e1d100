"use server";
// Ticks or unticks one checklist item (resume keywords, remote readiness, preferences).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { checklistMarkSchema } from "@/lib/actions/job-hunt/schemas";
import { setChecklistMark } from "@/lib/data/job-hunt/checklists";

const PAGES = { "resume-keywords": "/learner/resume", "remote-readiness": "/learner/remote", prefs: "/learner/applications" } as const;

export const setChecklistMarkAction = userAction(
  { name: "setChecklistMarkAction", schema: checklistMarkSchema, permission: "update:checklist:own" },
  async (input, user) => {
    await setChecklistMark(user, input.list, input.itemKey, input.checked);
    revalidatePath(PAGES[input.list]);
    return { checked: input.checked };
  },
);
