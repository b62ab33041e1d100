import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { outboxPageEnabled } from "@/lib/env";
import { AuthCard, Notice } from "@/lib/ui/auth/auth-card";
import { SignInForm } from "@/lib/ui/auth/sign-in-form";
import { DemoAccountsHint } from "@/lib/ui/auth/demo-accounts-hint";

export const metadata: Metadata = { title: "Sign in" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const params = await searchParams;
  const one = (k: string) => (typeof params[k] === "string" ? (params[k] as string) : undefined);
  if (await getCurrentUser()) redirect("/home");
  return (
    <AuthCard
      title="Sign in"
      intro={
        <>
          New here?{" "}
          <Link className="text-brand-700 underline" href="/sign-up">
            Create an account
          </Link>
          .
        </>
      }
    >
      {one("confirmed") && <Notice>Your account is ready. Sign in with the password you chose.</Notice>}
      {one("reset") && <Notice>Your password was changed. Sign in with your new password.</Notice>}
      <SignInForm email={one("email")?.slice(0, 254)} callbackUrl={one("callbackUrl")?.slice(0, 500)} />
      {outboxPageEnabled() && <DemoAccountsHint />}
    </AuthCard>
  );
}
