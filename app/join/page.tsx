import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { previewJoinCode } from "@/lib/data/programs/invitations";
import { joinWithCodeAction } from "@/lib/actions/programs/join-with-code";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { ConsentPanel } from "@/lib/ui/programs/consent-panel";
import { Button } from "@/lib/ui/primitives/button";
import { Input } from "@/lib/ui/primitives/input";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  await requireUser();
  const { code: raw } = await searchParams;
  const code = typeof raw === "string" ? raw.slice(0, 20) : "";
  const cohort = code ? await previewJoinCode(code) : null;
  const problem =
    raw === undefined
      ? null
      : !code
        ? "Enter the join code."
        : !cohort
          ? "This join code is not valid or has been turned off. Check it with your program."
          : null;
  return (
    <AuthCard title="Join a cohort with a code" intro="Your program gives you a join code like ABCD-EFGH.">
      {!cohort ? (
        // noValidate: an empty code comes back as `?code=` and gets the inline message below
        // instead of the browser's "Please fill in this field." popup.
        <form method="get" action="/join" className="space-y-3" noValidate>
          <label htmlFor="join-code" className="block text-sm font-medium">
            Join code
          </label>
          <Input
            id="join-code"
            name="code"
            defaultValue={code}
            required
            maxLength={20}
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "join-code-error" : undefined}
            className="uppercase"
          />
          {problem && (
            <p id="join-code-error" role="alert" className="text-sm text-red-700">
              {problem}
            </p>
          )}
          <Button type="submit">Continue</Button>
        </form>
      ) : (
        <div className="space-y-4">
          <p>
            You are joining <strong>{cohort.cohort}</strong> at {cohort.program}.
          </p>
          <ConsentPanel program={cohort.program} />
          <ActionForm
            action={joinWithCodeAction}
            hidden={{ code }}
            submitLabel="Agree and join"
            pendingLabel="Joining…"
            fields={[
              {
                kind: "checkbox",
                name: "consent",
                label: `I agree that ${cohort.program}'s advisors and admins can see the information listed above.`,
              },
            ]}
          />
        </div>
      )}
    </AuthCard>
  );
}
