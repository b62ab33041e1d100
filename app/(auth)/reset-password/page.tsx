import type { Metadata } from "next";
import Link from "next/link";
import { isResetTokenUsable } from "@/lib/data/accounts";
import { TOKEN_PATTERN } from "@/lib/auth/tokens";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { ResetPasswordForm } from "@/lib/ui/auth/password-reset-forms";

export const metadata: Metadata = { title: "Choose a new password" };

export default async function ResetPasswordPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  const valid = typeof token === "string" && TOKEN_PATTERN.test(token) && (await isResetTokenUsable(token));
  if (!valid) {
    return (
      <AuthCard title="This link no longer works">
        <p role="alert">This reset link is invalid, expired or already used.</p>
        <p className="mt-4">
          <Link className="text-brand-700 underline" href="/forgot-password">
            Request a new link
          </Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="Choose a new password" intro="Setting a new password signs you out on every device.">
      <ResetPasswordForm token={token} />
    </AuthCard>
  );
}
