// The newest fit-quiz result for this visitor (cookie) or signed-in learner, plus a learner's history.
import type { Metadata } from "next";
import Link from "next/link";
import { cookies } from "next/headers";
import { getCurrentUser } from "@/lib/auth/current-user";
import { hasPermission } from "@/lib/auth/permissions";
import { VISITOR_COOKIE } from "@/lib/actions/learner/visitor-cookie";
import { latestFitAttempt, listFitAttempts } from "@/lib/data/learner/fit-quiz";
import { FitResult } from "@/lib/ui/learner/fit-result";
import { FitAttemptTable } from "@/lib/ui/learner/fit-attempt-table";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export const metadata: Metadata = { title: "Your fit-quiz result" };

export default async function QuizResultPage() {
  const user = await getCurrentUser();
  const visitorId = (await cookies()).get(VISITOR_COOKIE)?.value ?? null;
  const learner = user !== null && hasPermission(user, "read:learner-journey:own");
  const latest = await latestFitAttempt(user, visitorId);
  const history = learner ? await listFitAttempts(user) : [];
  return (
    <div className="mx-auto max-w-3xl">
      <PageHeader
        title="Your fit-quiz result"
        actions={
          <Link className={buttonVariants({ variant: "secondary", size: "sm" })} href="/quiz">
            Retake the quiz
          </Link>
        }
      />
      <Card>
        {latest ? (
          <FitResult attempt={latest} />
        ) : (
          <EmptyState action={{ label: "Take the fit quiz", href: "/quiz" }}>No result yet: the quiz takes about five minutes.</EmptyState>
        )}
      </Card>
      {!learner && latest && (
        <p className="mt-4 rounded-md bg-brand-50 p-3 text-slate-800">
          Keep this result:{" "}
          <Link className="font-semibold underline" href="/sign-up">
            create an account
          </Link>{" "}
          (or{" "}
          <Link className="underline" href="/sign-in">
            sign in
          </Link>
          ) in this browser and it is saved to your plan.
        </p>
      )}
      {learner && (
        <Card title="Your past attempts" className="mt-6">
          {history.length === 0 ? (
            <EmptyState action={{ label: "Take the fit quiz", href: "/quiz" }}>No attempts saved yet.</EmptyState>
          ) : (
            <FitAttemptTable attempts={history} />
          )}
          <p className="mt-3 text-sm">
            <Link className="underline" href="/learner/path">
              Choose your path, credential and route →
            </Link>
          </p>
        </Card>
      )}
    </div>
  );
}
