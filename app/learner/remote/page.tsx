import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getChecklistMarks } from "@/lib/data/job-hunt/checklists";
import { getResumeWorkspace } from "@/lib/data/job-hunt/resume";
import { ENTRY_ROLE_SUGGESTIONS, ONSITE_BEFORE_REMOTE, REMOTE_CHECKLIST } from "@/lib/content/remote-readiness";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { FactSource } from "@/lib/ui/fact-source";
import { ChecklistToggle } from "@/lib/ui/job-hunt/checklist-toggle";

export const metadata: Metadata = { title: "Remote readiness" };

export default async function RemotePage() {
  const user = await requirePermission("read:learner-area:own");
  const [marks, workspace] = await Promise.all([getChecklistMarks(user, "remote-readiness"), getResumeWorkspace(user)]);
  const done = REMOTE_CHECKLIST.filter((i) => marks.includes(i.key)).length;
  const onsite = ONSITE_BEFORE_REMOTE.value;
  return (
    <>
      <PageHeader
        title="Remote readiness"
        subtitle="What remote coding and billing employers expect from a home office — and how to get there."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title={`Home-office checklist (${done} of ${REMOTE_CHECKLIST.length} ready)`}>
          <ul className="space-y-3">
            {REMOTE_CHECKLIST.map((item) => (
              <li key={item.key} className="flex items-start justify-between gap-3">
                <div>
                  <p className="font-medium">{item.label}</p>
                  <p className="text-sm text-slate-700">{item.why}</p>
                </div>
                <ChecklistToggle
                  list="remote-readiness"
                  itemKey={item.key}
                  label={item.label}
                  checked={marks.includes(item.key)}
                  onText="Ready"
                  offText="Mark ready"
                />
              </li>
            ))}
          </ul>
        </Card>
        <div className="space-y-6">
          <Card title="On site first, often">
            <p>
              Many employers want about {onsite.minYears}–{onsite.maxYears} years of on-site experience before they hire for remote roles.
              An on-site or hybrid first job is a normal step, not a setback.
            </p>
            <FactSource fact={ONSITE_BEFORE_REMOTE} />
          </Card>
          <Card title={`Entry-level roles to aim for (${workspace.path === "BILLING" ? "billing" : "coding"} path)`}>
            <ul className="space-y-2">
              {ENTRY_ROLE_SUGGESTIONS[workspace.path].map((r) => (
                <li key={r.title}>
                  <p className="font-medium">{r.title}</p>
                  <p className="text-sm text-slate-700">{r.why}</p>
                </li>
              ))}
            </ul>
          </Card>
        </div>
      </div>
    </>
  );
}
