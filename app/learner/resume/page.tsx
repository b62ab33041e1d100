import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getResumeWorkspace } from "@/lib/data/job-hunt/resume";
import { keywordChecklist } from "@/lib/domain/keyword-match";
import { suggestLinkedIn } from "@/lib/domain/linkedin";
import { KEYWORD_VOCABULARY } from "@/lib/content/keywords";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";
import { ResumeForm } from "@/lib/ui/job-hunt/resume-form";
import { KeywordChecklistView } from "@/lib/ui/job-hunt/keyword-checklist";
import { LinkedInSuggestionsView } from "@/lib/ui/job-hunt/linkedin-suggestions";

export const metadata: Metadata = { title: "Resume" };

export default async function ResumePage() {
  const user = await requirePermission("read:learner-area:own");
  const w = await getResumeWorkspace(user);
  const checklist = keywordChecklist(w.text, w.path, w.manualChecks);
  const linkedIn = suggestLinkedIn({ path: w.path, resumeText: w.text, ...(w.credential ? { credential: w.credential } : {}) });
  return (
    <>
      <PageHeader
        title="Resume"
        subtitle={`Keywords employers search for on the ${w.path === "BILLING" ? "billing" : "coding"} path, and how your resume covers them.`}
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Your resume" id="your-resume">
          {w.updatedAt && (
            <p className="mb-2 text-sm text-slate-600">
              Last saved {formatDate(w.updatedAt)}
              {w.fileName ? ` from ${w.fileName}` : ""}.
            </p>
          )}
          <ResumeForm text={w.text} />
        </Card>
        <Card title="Keyword checklist">
          {w.text === "" && (
            <div className="mb-3">
              <EmptyState action={{ label: "Add your resume", href: "#your-resume" }}>
                Paste or upload your resume to see which keywords it already has. You can also tick items by hand when your resume says them
                in other words.
              </EmptyState>
            </div>
          )}
          <KeywordChecklistView checklist={checklist} />
          <p className="mt-3 text-xs text-slate-600">
            {KEYWORD_VOCABULARY.source.label}, as of {KEYWORD_VOCABULARY.asOf}. List only what is true for you.
          </p>
        </Card>
      </div>
      <Card title="LinkedIn headline and skills" className="mt-6">
        <LinkedInSuggestionsView suggestions={linkedIn} />
      </Card>
    </>
  );
}
