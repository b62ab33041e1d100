// Choose a path, a credential and a training route, with side-by-side comparisons. The fit
// quiz's recommendation is preselected when the learner has not chosen yet.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getLearnerProfile } from "@/lib/data/learner/profile";
import { latestFitAttempt } from "@/lib/data/learner/fit-quiz";
import { choosePathAction } from "@/lib/actions/learner/choose-path";
import { CREDENTIALS } from "@/lib/content/credentials";
import { CAREER_PATHS } from "@/lib/content/career-paths";
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { CredentialComparison, PathComparison, RouteComparison } from "@/lib/ui/learner/path-comparison";
import { LaborMarketFigures } from "@/lib/ui/learner/labor-market-card";
import { CONFIDENCE_LABELS, RECOMMENDATION_LABELS } from "@/lib/ui/learner/labels";
import { confidenceLabel } from "@/lib/domain/fit-quiz";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";

export const metadata: Metadata = { title: "Choose your path" };

export default async function PathPage({ searchParams }: { searchParams: Promise<{ welcome?: string }> }) {
  const user = await requirePermission("read:learner-area:own");
  const [profile, quiz] = await Promise.all([getLearnerProfile(user), latestFitAttempt(user, null)]);
  const suggested = quiz && quiz.recommendation !== "EITHER" ? quiz.recommendation : undefined;
  const path = profile.path ?? suggested ?? "";
  const welcome = (await searchParams).welcome === "1";
  return (
    <>
      <PageHeader
        title="Choose your path, credential and route"
        subtitle="Compare them side by side; you can change your choice later and regenerate your plan."
      />
      {welcome && (
        <p role="status" className="mb-4 rounded-md bg-green-50 p-3 text-green-900">
          Onboarding done. Next: choose what you are training for.
        </p>
      )}
      <Card title="Your choice" className="mb-6">
        {quiz ? (
          <p className="mb-3 text-slate-700">
            Your fit quiz recommended <strong>{RECOMMENDATION_LABELS[quiz.recommendation]}</strong> (your answers:{" "}
            {CONFIDENCE_LABELS[confidenceLabel(quiz.confidence)]?.toLowerCase()}).{" "}
            <Link className="underline" href="/quiz/result">
              See why
            </Link>
            .
          </p>
        ) : (
          <p className="mb-3 text-slate-700">
            Not sure yet?{" "}
            <Link className="underline" href="/quiz">
              Take the fit quiz
            </Link>{" "}
            first.
          </p>
        )}
        <ActionForm
          action={choosePathAction}
          idPrefix=""
          submitLabel="Save my choice"
          successMessage="Saved. Your plan can now be generated on the Plan page."
          fields={[
            {
              kind: "radio",
              name: "path",
              label: "Path",
              defaultValue: path,
              options: (["CODING", "BILLING"] as const).map((c) => ({
                value: c,
                label: CAREER_PATHS[c].title,
                description: CAREER_PATHS[c].summary,
              })),
            },
            {
              kind: "select",
              name: "credentialCode",
              label: "Credential",
              defaultValue: profile.credentialCode ?? (path === "BILLING" ? "CPB" : path === "CODING" ? "CPC" : ""),
              hint: "Pick one that fits the path (compare them below).",
              options: [
                { value: "", label: "Choose a credential" },
                ...CREDENTIALS.filter((c) => !c.isApprenticeStatus).map((c) => ({
                  value: c.code,
                  label: `${c.code} — ${c.name}`,
                  group:
                    c.paths.includes("BILLING") && !c.paths.includes("CODING")
                      ? "Billing"
                      : c.paths.includes("BILLING")
                        ? "Coding or billing"
                        : "Coding",
                })),
              ],
            },
            {
              kind: "radio",
              name: "routeCode",
              label: "Training route",
              defaultValue: profile.routeCode ?? "",
              options: TRAINING_ROUTES.map((r) => ({ value: r.code, label: r.name, description: r.leadsTo })),
            },
          ]}
        />
        {profile.path && (
          <p className="mt-3 text-sm">
            <Link className="underline" href="/learner/plan">
              Go to your plan →
            </Link>{" "}
            ·{" "}
            <Link className="underline" href="/learner/programs">
              Shortlist concrete programs →
            </Link>
          </p>
        )}
      </Card>
      <div className="space-y-6">
        <Card title="What the work is like">
          <PathComparison />
        </Card>
        <Card title="Credentials">
          <CredentialComparison />
        </Card>
        <Card title="Training routes">
          <RouteComparison />
        </Card>
        <Card title="Pay and outlook">
          <LaborMarketFigures />
        </Card>
      </div>
    </>
  );
}
