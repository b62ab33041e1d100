// What a learner's calendar holds: plan milestones (not skipped), booked exam dates (or the
// plan's target date until one is booked) and open application follow-ups. One reading for the
// one-off .ics downloads and the subscription feed, so they never disagree.
//
// UIDs are stable per record (a milestone, a credential goal, an application): when a date
// moves, a subscribed calendar updates the event instead of showing a second one.
import type { IcsEvent } from "@/lib/domain/ics";
import { effectiveDueDate } from "@/lib/domain/plan-progress";
import type { IsoDate, MilestoneStatus } from "@/lib/domain/types";

export interface CalendarMilestone {
  id: string;
  title: string;
  description: string;
  status: MilestoneStatus;
  dueDate: IsoDate;
  customDueDate: IsoDate | null;
  updatedAt: Date;
}

export interface CalendarExamGoal {
  id: string;
  credentialCode: string;
  examDate: IsoDate;
  updatedAt: Date;
}

export interface CalendarPlan {
  userId: string;
  credentialCode: string;
  targetExamDate: IsoDate | null;
  updatedAt: Date;
}

export interface CalendarFollowUp {
  id: string;
  company: string;
  title: string;
  followUpOn: IsoDate;
  link: string | null;
  updatedAt: Date;
}

export function planCalendarEvents(
  milestones: readonly CalendarMilestone[],
  examGoals: readonly CalendarExamGoal[],
  plan: CalendarPlan | null,
): IcsEvent[] {
  const events: IcsEvent[] = milestones
    .filter((m) => m.status !== "SKIPPED")
    .map((m) => ({
      uid: `milestone-${m.id}@chartpath`,
      title: m.status === "DONE" ? `✓ ${m.title}` : m.title,
      date: effectiveDueDate(m),
      description: m.description,
      lastModified: m.updatedAt,
    }));
  for (const g of examGoals) {
    events.push({
      uid: `exam-${g.id}@chartpath`,
      title: `${g.credentialCode} exam`,
      date: g.examDate,
      description: `Your scheduled ${g.credentialCode} certification exam.`,
      lastModified: g.updatedAt,
    });
  }
  // Until the exam is booked, the plan's target exam date stands in for it.
  if (plan?.targetExamDate && !examGoals.some((g) => g.credentialCode === plan.credentialCode)) {
    events.push({
      uid: `target-exam-${plan.userId}-${plan.credentialCode}@chartpath`,
      title: `Target date: ${plan.credentialCode} exam`,
      date: plan.targetExamDate,
      description: "Your plan's target exam date; book the real date on the Credential page.",
      lastModified: plan.updatedAt,
    });
  }
  return events;
}

export function followUpCalendarEvents(followUps: readonly CalendarFollowUp[]): IcsEvent[] {
  return followUps.map((f) => ({
    uid: `follow-up-${f.id}@chartpath`,
    title: `Follow up: ${f.title} at ${f.company}`,
    date: f.followUpOn,
    ...(f.link ? { description: f.link } : {}),
    lastModified: f.updatedAt,
  }));
}

/** How often subscribed calendars are asked to re-read the feed (Google reads on its own schedule). */
export const FEED_REFRESH_HOURS = 1;
