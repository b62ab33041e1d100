import type { Metadata } from "next";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { ForgotPasswordForm } from "@/lib/ui/auth/password-reset-forms";

export const metadata: Metadata = { title: "Reset your password" };

export default function ForgotPasswordPage() {
  return (
    <AuthCard title="Reset your password" intro="Enter your email and we will send you a single-use link.">
      <ForgotPasswordForm />
    </AuthCard>
  );
}
