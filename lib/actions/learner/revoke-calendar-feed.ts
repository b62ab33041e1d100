"use server";
// Turns the learner's calendar subscription off: its URL answers 404 from now on.
import { revalidatePath } from "next/cache";
import { userAction } from "@/lib/actions/action";
import { revokeCalendarFeedSchema } from "@/lib/actions/learner/schemas";
import { revokeCalendarFeed } from "@/lib/data/learner/calendar-feed";

export const revokeCalendarFeedAction = userAction(
  { name: "revokeCalendarFeedAction", schema: revokeCalendarFeedSchema, permission: "manage:calendar-feed:own" },
  async (_input, user) => {
    const revoked = await revokeCalendarFeed(user);
    revalidatePath("/account");
    return { revoked };
  },
);
