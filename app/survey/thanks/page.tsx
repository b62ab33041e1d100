import type { Metadata } from "next";
import { AuthCard } from "@/lib/ui/auth/auth-card";

export const metadata: Metadata = { title: "Thank you", robots: { index: false, follow: false } };

export default function SurveyThanksPage() {
  return (
    <div className="sm:py-4">
      <AuthCard title="Thank you">
        <p role="status">Your answer is recorded. You can close this page.</p>
      </AuthCard>
    </div>
  );
}
