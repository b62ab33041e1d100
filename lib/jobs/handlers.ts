// What each queue's job does. Every handler is safe to run twice for the same job (a retry
// after a crash, a cron tick seen by two instances): the effect happens once.
import "server-only";
import { deliverEmail, giveUpEmail } from "@/lib/email/deliver";
import { sendDueFollowUpReminders } from "@/lib/data/job-hunt/follow-ups";
import { purgeExpired } from "@/lib/data/maintenance";
import { runGraduateSurveys } from "@/lib/data/programs/graduate-survey-schedule";
import { sendAdvisorDigests } from "@/lib/data/weekly-emails/advisor-digest";
import { sendLearnerSummaries } from "@/lib/data/weekly-emails/learner-summary";
import type { QueueKey } from "@/lib/queue/definitions";

export interface JobContext {
  /** No retry follows a failure of this attempt. */
  finalAttempt: boolean;
  log: (message: string) => void;
}

export class RetryLater extends Error {}

type Handler = (data: Record<string, unknown>, context: JobContext) => Promise<void>;

export const HANDLERS: Partial<Record<QueueKey, Handler>> = {
  async emailDelivery(data, { finalAttempt }) {
    const outcome = await deliverEmail(String(data.outboxId), finalAttempt);
    if (outcome === "retry") throw new RetryLater("mail server unavailable; retrying");
  },
  async emailDeadLetter(data) {
    await giveUpEmail(String(data.outboxId));
  },
  async followUpReminders(_data, { log }) {
    const sent = await sendDueFollowUpReminders(new Date());
    if (sent) log(`${sent} follow-up reminder email(s) queued`);
  },
  async advisorDigest(_data, { log }) {
    const sent = await sendAdvisorDigests(new Date());
    log(`${sent} advisor digest email(s) queued`);
  },
  async learnerSummary(_data, { log }) {
    const sent = await sendLearnerSummaries(new Date());
    log(`${sent} learner summary email(s) queued`);
  },
  async purge(_data, { log }) {
    const purged = await purgeExpired(new Date());
    log(`purged ${JSON.stringify(purged)}`);
  },
  async graduateSurveys(_data, { log }) {
    const { sent, reminded } = await runGraduateSurveys(new Date());
    if (sent || reminded) log(`${sent} graduate survey email(s) and ${reminded} reminder(s) queued`);
  },
};
