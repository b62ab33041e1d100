// The account page's "Weekly emails" card: advisors turn their Monday digest on or off,
// learners their weekly summary. It reads its own choices so the page only places it; someone
// with neither role sees no card. Every weekly email links back here to turn it off.
import type { CurrentUser } from "@/lib/auth/current-user";
import { getWeeklyEmailChoices } from "@/lib/data/weekly-emails/preferences";
import { Card } from "@/lib/ui/card";
import { WeeklyEmailToggle } from "./weekly-email-toggle";

const COPY = {
  ADVISOR_DIGEST: {
    label: "Weekly digest",
    description:
      "Mondays: learners in your cohorts newly at risk, those who recovered, and exams in the next two weeks. Sent only when there is something new.",
  },
  LEARNER_SUMMARY: {
    label: "Weekly summary",
    description: "Mondays: your plan progress, your next three actions and the job follow-ups due that week.",
  },
} as const;

export async function WeeklyEmailPreferences({ user }: { user: CurrentUser }) {
  const choices = await getWeeklyEmailChoices(user);
  if (choices.length === 0) return null;
  return (
    <Card title="Weekly emails">
      <ul className="space-y-4">
        {choices.map((c) => (
          <li key={c.kind} className="flex flex-wrap items-start justify-between gap-2">
            <div className="max-w-prose">
              <p className="text-sm font-medium text-slate-900">{COPY[c.kind].label}</p>
              <p className="text-sm text-slate-600">{COPY[c.kind].description}</p>
            </div>
            <WeeklyEmailToggle kind={c.kind} label={COPY[c.kind].label} enabled={c.enabled} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
