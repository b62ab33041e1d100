import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { previewJoinCode } from "@/lib/data/programs/invitations";
import { joinWithCodeAction } from "@/lib/actions/programs/join-with-code";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { ConsentPanel } from "@/lib/ui/programs/consent-panel";

export const metadata: Metadata = { title: "Join a cohort" };

export default async function JoinPage({ searchParams }: { searchParams: Promise<{ code?: string | string[] }> }) {
  await requireUser();
  const { code: raw } = await searchParams;
  const code = typeof raw === "string" ? raw.slice(0, 20) : "";
  const cohort = code ? await previewJoinCode(code) : null;
  return (
    <AuthCard title="Join a cohort with a code" intro="Your program gives you a join code like ABCD-EFGH.">
      {!cohort ? (
        <form method="get" action="/join" className="space-y-3">
          {code && (
            <p role="alert" className="text-sm text-red-700">
              This join code is not valid or has been turned off. Check it with your program.
            </p>
          )}
          <label htmlFor="join-code" className="block text-sm font-medium">
            Join code
          </label>
          <input
            id="join-code"
            name="code"
            defaultValue={code}
            required
            maxLength={20}
            className="block w-full rounded-md border border-slate-300 px-3 py-2 uppercase"
          />
          <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white">
            Continue
          </button>
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
