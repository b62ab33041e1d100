import type { Metadata } from "next";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { ConfirmSignUpForm } from "@/lib/ui/auth/token-form";

export const metadata: Metadata = { title: "Confirm your email" };

export default async function ConfirmSignUpPage({ searchParams }: { searchParams: Promise<{ token?: string | string[] }> }) {
  const { token } = await searchParams;
  return (
    <AuthCard
      title="Confirm your email"
      intro="Enter the password you chose when you signed up, and your Chartpath account is ready. If you did not sign up, ignore the email."
    >
      <ConfirmSignUpForm token={typeof token === "string" ? token.slice(0, 100) : ""} />
    </AuthCard>
  );
}
