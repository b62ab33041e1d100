import type { Metadata } from "next";
import Link from "next/link";
import { AuthCard } from "@/lib/ui/auth/auth-card";
import { SignUpForm } from "@/lib/ui/auth/sign-up-form";

export const metadata: Metadata = { title: "Create your account" };

export default function SignUpPage() {
  return (
    <AuthCard
      title="Create your account"
      intro={
        <>
          Already have one?{" "}
          <Link className="text-brand-700 underline" href="/sign-in">
            Sign in
          </Link>
          .
        </>
      }
    >
      <SignUpForm />
    </AuthCard>
  );
}
