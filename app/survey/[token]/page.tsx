// The graduate survey from an emailed link: no account, no sign-in (proxy.ts protects only the
// signed-in areas). A used, expired or unknown link gets a page that says so and shows no data.
import type { Metadata } from "next";
import { surveyLinkState } from "@/lib/data/programs/graduate-surveys";
import { todayIso } from "@/lib/data/dates";
import { answerGraduateSurveyAction } from "@/lib/actions/programs/answer-graduate-survey";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { graduateSurveyFields } from "@/lib/ui/programs/graduate-survey-fields";

// The token is in the path: keep it out of Referer headers and search indexes.
export const metadata: Metadata = { title: "Graduate survey", referrer: "no-referrer", robots: { index: false, follow: false } };

const CLOSED = {
  answered: ["This survey has been answered", "Your answer is already recorded, so this link no longer opens the survey. Thank you."],
  expired: [
    "This survey link has expired",
    "The survey closed before it was answered. If you want to tell your program how you are doing, contact them directly.",
  ],
  invalid: ["This survey link does not work", "The link is not valid. Check that you copied the whole link from the email."],
} as const;

export default async function GraduateSurveyPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await surveyLinkState(token);
  if (link.state !== "open") {
    const [title, text] = CLOSED[link.state];
    return (
      <div className="sm:py-4">
        <AuthCard title={title}>
          <p role="status">{text}</p>
        </AuthCard>
      </div>
    );
  }
  return (
    <div className="sm:py-4">
      <AuthCard
        title="How are you doing since graduating?"
        intro={
          <p>
            {link.organizationName} ({link.cohortName}) asks its graduates what they are doing now. It takes two minutes; your answer goes
            to the program&apos;s graduate outcome records. No account needed.
          </p>
        }
      >
        <ActionForm
          action={answerGraduateSurveyAction}
          hidden={{ token }}
          fields={graduateSurveyFields(todayIso())}
          submitLabel="Send my answer"
          pendingLabel="Sending…"
          idPrefix="survey-"
        />
      </AuthCard>
    </div>
  );
}
