import type { Metadata } from "next";
import Link from "next/link";
import { getCurrentUser } from "@/lib/auth/current-user";
import { previewInvitation } from "@/lib/data/programs/invitations";
import { acceptInvitationAction } from "@/lib/actions/programs/accept-invitation";
import { invitationSignUpAction } from "@/lib/actions/programs/invitation-sign-up";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { ConsentPanel } from "@/lib/ui/programs/consent-panel";

export const metadata: Metadata = { title: "Invitation" };

const ROLE = { LEARNER: "a learner", ADVISOR: "an advisor", ADMIN: "an admin" } as const;

export default async function InvitePage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token: raw } = await searchParams;
  const token = typeof raw === "string" && /^[A-Za-z0-9_-]{43}$/.test(raw) ? raw : null;
  const invitation = token ? await previewInvitation(token) : null;
  if (!token || !invitation) {
    return (
      <AuthCard title="This invitation no longer works">
        <p role="alert">The link is invalid, expired or already used. Ask your program to send a new invitation.</p>
      </AuthCard>
    );
  }
  const user = await getCurrentUser();
  const where = invitation.cohort ? `${invitation.program} — ${invitation.cohort}` : invitation.program;
  const here = `/invite?token=${token}`;
  return (
    <AuthCard
      title={`Join ${invitation.program}`}
      intro={
        <>
          You are invited to {where} as {ROLE[invitation.role]}.
        </>
      }
    >
      {!user && invitation.hasAccount && (
        <p>
          <Link
            className="font-semibold text-brand-700 underline"
            href={`/sign-in?email=${encodeURIComponent(invitation.email)}&callbackUrl=${encodeURIComponent(here)}`}
          >
            Sign in as {invitation.email}
          </Link>{" "}
          to accept.
        </p>
      )}
      {!user && !invitation.hasAccount && (
        <>
          <p className="mb-4 text-sm">
            Create your Chartpath account for <strong>{invitation.email}</strong>, then sign in to accept.
          </p>
          <ActionForm
            action={invitationSignUpAction}
            hidden={{ token }}
            submitLabel="Create account"
            pendingLabel="Creating…"
            fields={[
              { kind: "text", name: "name", label: "Your name", required: true, autoComplete: "name", maxLength: 100 },
              {
                kind: "password",
                name: "password",
                label: "Password",
                required: true,
                autoComplete: "new-password",
                hint: "At least 8 characters.",
              },
            ]}
          />
        </>
      )}
      {user && user.email !== invitation.email && (
        <p role="alert">
          This invitation was sent to a different email address than the one you are signed in with ({user.email}). Sign out and sign in
          with the invited address to accept it.
        </p>
      )}
      {user && user.email === invitation.email && (
        <div className="space-y-4">
          {invitation.role === "LEARNER" && <ConsentPanel program={invitation.program} />}
          <ActionForm
            action={acceptInvitationAction}
            hidden={{ token }}
            submitLabel={invitation.role === "LEARNER" ? "Agree and join" : "Accept invitation"}
            pendingLabel="Joining…"
            fields={
              invitation.role === "LEARNER"
                ? [
                    {
                      kind: "checkbox",
                      name: "consent",
                      label: `I agree that ${invitation.program}'s advisors and admins can see the information listed above.`,
                    },
                  ]
                : []
            }
          />
        </div>
      )}
    </AuthCard>
  );
}
