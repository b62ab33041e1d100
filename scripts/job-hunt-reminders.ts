// `npm run jobs:reminders`: emails opted-in learners about follow-ups due today or overdue
// (SMTP when SMTP_URL is set, else the development outbox). Safe to run as often as you like
// (e.g. hourly from cron): each follow-up is reminded once (JobApplication.followUpRemindedAt).
// Runs with the "react-server" condition so the app's server-only data modules load outside Next.
import { sendDueFollowUpReminders } from "@/lib/data/job-hunt/follow-ups";
import { db } from "@/lib/db";

try {
  const sent = await sendDueFollowUpReminders(new Date());
  console.log(`[reminders] ${sent} reminder email(s) sent`);
} finally {
  await db.$disconnect();
}
