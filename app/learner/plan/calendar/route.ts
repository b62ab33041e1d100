// Calendar export (.ics) of the learner's milestones and exam dates. Read-only GET; 404 for
// anyone who is not a signed-in learner.
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { getMyPlan } from "@/lib/data/learner/plan";
import { getCredentialLog } from "@/lib/data/learner/credential";
import { buildIcs, type IcsEvent } from "@/lib/domain/ics";
import { effectiveDueDate } from "@/lib/domain/plan";

export async function GET() {
  const user = await getCurrentUser();
  if (!user || !hasPermission(user, "read:learner-journey:own")) return new Response("Not found", { status: 404 });
  const [stored, credential] = await Promise.all([getMyPlan(user), getCredentialLog(user)]);
  const events: IcsEvent[] = (stored?.milestones ?? [])
    .filter((m) => m.status !== "SKIPPED")
    .map((m) => ({
      uid: `milestone-${m.id}@chartpath`,
      title: m.status === "DONE" ? `✓ ${m.title}` : m.title,
      date: effectiveDueDate(m),
      description: m.description,
    }));
  for (const g of credential.goals) {
    if (g.examDate)
      events.push({
        uid: `exam-${g.credentialCode}-${g.examDate}@chartpath`,
        title: `${g.credentialCode} exam`,
        date: g.examDate,
        description: `Your scheduled ${g.credentialCode} certification exam.`,
      });
  }
  // Until an exam is booked, the plan's target exam date stands in for it.
  const plan = stored?.plan;
  if (plan?.targetExamDate && !credential.goals.some((g) => g.credentialCode === plan.credentialCode && g.examDate)) {
    events.push({
      uid: `target-exam-${plan.credentialCode}@chartpath`,
      title: `Target date: ${plan.credentialCode} exam`,
      date: plan.targetExamDate,
      description: "Your plan's target exam date; book the real date on the Credential page.",
    });
  }
  const ics = buildIcs(events, "Chartpath plan", new Date());
  return new Response(ics, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'attachment; filename="chartpath-plan.ics"',
      "Cache-Control": "no-store",
    },
  });
}
