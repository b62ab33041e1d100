"use server";
// Issues the learner's calendar subscription link, replacing any earlier one. The URL is
// returned once: only its hash is stored (lib/data/learner/calendar-feed).
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { issueCalendarFeedSchema } from "@/lib/actions/learner/schemas";
import { issueCalendarFeed } from "@/lib/data/learner/calendar-feed";

export const issueCalendarFeedAction = userAction(
  { name: "issueCalendarFeedAction", schema: issueCalendarFeedSchema, permission: "manage:calendar-feed:own" },
  async (_input, user) => {
    const urls = await issueCalendarFeed(user);
    revalidatePath("/account");
    return urls;
  },
);
