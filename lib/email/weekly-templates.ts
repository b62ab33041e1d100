// The weekly emails' bodies: the advisor digest and the learner summary. Plain text like every
// Chartpath email (the outbox keeps and the worker sends text only). Learner and cohort names
// were typed by someone other than the advisor who reads them, so each passes mailSafeName;
// every link is absolute (APP_URL) and each email ends with where to turn it off.
import type { EmailMessage } from "@/lib/email/send-email";
import { mailSafeName } from "@/lib/domain/mail-safe-name";
import { FLAG_LABELS, RISK_TIER_LABEL, type FlagKind, type RiskTier } from "@/lib/domain/at-risk";

export interface DigestLine {
  name: string;
  cohortName: string;
  tier: RiskTier;
  flags: { kind: FlagKind }[];
  examDate: string | null;
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function who(l: DigestLine): string {
  return `${mailSafeName(l.name, "A learner")} (${mailSafeName(l.cohortName, "cohort")})`;
}

/** Lines per section: an email is a nudge; past this the page named by `where` has the whole list. */
export const SECTION_MAX_LINES = 25;

function section(title: string, lines: string[], where = "in Chartpath"): string {
  if (!lines.length) return "";
  const shown = lines.slice(0, SECTION_MAX_LINES).map((l) => `- ${l}`);
  if (lines.length > SECTION_MAX_LINES) shown.push(`- and ${lines.length - SECTION_MAX_LINES} more ${where}`);
  return `${title}\n${shown.join("\n")}\n\n`;
}

export function advisorDigestEmail(d: {
  to: string;
  name: string;
  weekOf: string;
  newlyAtRisk: DigestLine[];
  recovered: DigestLine[];
  stillAtRisk: number;
  upcomingExams: DigestLine[];
  upcomingDays: number;
  baseUrl: string;
}): EmailMessage {
  const counts = [
    d.newlyAtRisk.length ? plural(d.newlyAtRisk.length, "learner") + " newly at risk" : "",
    d.recovered.length ? `${d.recovered.length} recovered` : "",
    d.upcomingExams.length ? plural(d.upcomingExams.length, "exam") + " coming up" : "",
  ].filter(Boolean);
  const body =
    section(
      "Newly at risk:",
      d.newlyAtRisk.map(
        (l) => `${who(l)}: ${RISK_TIER_LABEL[l.tier].toLowerCase()}; ${l.flags.map((f) => FLAG_LABELS[f.kind].toLowerCase()).join(", ")}`,
      ),
      "on your roster",
    ) +
    section(
      "Recovered (no longer flagged):",
      d.recovered.map((l) => who(l)),
      "on your roster",
    ) +
    section(
      `Exams in the next ${d.upcomingDays} days:`,
      d.upcomingExams.map((l) => `${who(l)}: ${l.examDate}${l.tier === "NONE" ? "" : ` (${RISK_TIER_LABEL[l.tier].toLowerCase()})`}`),
    );
  const still = d.stillAtRisk
    ? `${plural(d.stillAtRisk, "learner")} flagged last week ${d.stillAtRisk === 1 ? "is" : "are"} still at risk.\n\n`
    : "";
  return {
    to: d.to,
    kind: "advisor-digest",
    subject: `Your Chartpath week: ${counts.join(", ")}`,
    text: `Hi ${mailSafeName(d.name, "there")},\n\nYour learners for the week of ${d.weekOf}.\n\n${body}${still}Open your roster: ${d.baseUrl}/advisor\n\n— Chartpath\nYou get this weekly digest as an advisor. Turn it off on your account page: ${d.baseUrl}/account`,
  };
}

export interface SummaryAction {
  title: string;
  dueDate: string;
  overdue: boolean;
}

export interface SummaryFollowUp {
  company: string;
  title: string;
  followUpOn: string;
  overdue: boolean;
}

export function learnerSummaryEmail(s: {
  to: string;
  name: string;
  weekOf: string;
  progress: { done: number; total: number } | null;
  nextActions: SummaryAction[];
  followUps: SummaryFollowUp[];
  baseUrl: string;
}): EmailMessage {
  const progress = s.progress
    ? `Plan progress: ${s.progress.done} of ${s.progress.total} milestones done.\n\n`
    : `You have no plan yet. Make one: ${s.baseUrl}/learner/plan\n\n`;
  const body =
    progress +
    section(
      "Your next actions:",
      s.nextActions.map((a) => `${a.title} (due ${a.dueDate}${a.overdue ? ", overdue" : ""})`),
    ) +
    section(
      "Follow-ups due this week:",
      s.followUps.map((f) => `${f.title} at ${f.company} (follow up ${f.followUpOn}${f.overdue ? ", overdue" : ""})`),
      "on your applications page",
    );
  return {
    to: s.to,
    kind: "learner-summary",
    subject: "Your Chartpath week",
    text: `Hi ${mailSafeName(s.name, "there")},\n\nYour week of ${s.weekOf}.\n\n${body}Open your dashboard: ${s.baseUrl}/learner\n\n— Chartpath\nYou get this weekly summary because you turned it on. Turn it off on your account page: ${s.baseUrl}/account`,
  };
}
