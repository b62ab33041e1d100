// `npm run jobs:reminders`: queues emails to opted-in learners about follow-ups due today or
// overdue, once, by hand (the worker's schedule does the same every 15 minutes; a worker
// delivers them). Safe to run any time: each follow-up is reminded once
// (JobApplication.followUpRemindedAt is claimed in the transaction that queues the email).
// Runs with the "react-server" condition so the app's server-only data modules load outside Next.
import { sendDueFollowUpReminders } from "@/lib/data/job-hunt/follow-ups";
import { db } from "@/lib/db";

try {
  const sent = await sendDueFollowUpReminders(new Date());
  console.log(`[reminders] ${sent} reminder email(s) queued`);
} finally {
  await db.$disconnect();
}
