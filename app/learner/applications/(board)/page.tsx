// The learner's applications as a board or table. Only reads: due follow-up reminders are
// sent by the reminder job (`npm run jobs:reminders`, and hourly by `npm start`), never by a GET.
import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { listApplications } from "@/lib/data/job-hunt/board";
import { getChecklistMarks } from "@/lib/data/job-hunt/checklists";
import { todayIso } from "@/lib/data/dates";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { Board } from "@/lib/ui/job-hunt/board";
import { ApplicationsTable } from "@/lib/ui/job-hunt/applications-table";
import { FiltersForm } from "@/lib/ui/job-hunt/filters-form";
import { FollowUpEmailPref } from "@/lib/ui/job-hunt/follow-up-prefs";
import { parseFilters } from "@/lib/ui/job-hunt/parse-filters";

export const metadata: Metadata = { title: "Applications" };

const linkClass = "rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50";

export default async function ApplicationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requirePermission("read:learner-area:own");
  const { filters, view } = parseFilters(await searchParams);
  const prefs = await getChecklistMarks(user, "prefs");
  const items = await listApplications(user, filters);
  const filtered = Object.keys(filters).some((k) => k !== "sort" && k !== "dir");
  const toggle = new URLSearchParams({ ...(filters as Record<string, string>), view: view === "board" ? "table" : "board" });
  return (
    <>
      <PageHeader
        title="Applications"
        subtitle="Every job you save or apply for, its stage, follow-ups and history."
        actions={
          <div className="no-print flex flex-wrap gap-2">
            <Link href="/learner/applications/new" className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white">
              Add application
            </Link>
            <Link href="/learner/applications/funnel" className={linkClass}>
              Funnel
            </Link>
            <Link href="/learner/applications/import" className={linkClass}>
              Import CSV
            </Link>
            <a href="/learner/applications/export" className={linkClass} download>
              Export CSV
            </a>
            <a href="/learner/applications/follow-ups" className={linkClass} download>
              Follow-ups (.ics)
            </a>
          </div>
        }
      />
      <div className="no-print mb-3 flex flex-wrap items-center justify-between gap-2">
        <Link href={`/learner/applications?${toggle}`} className="text-sm font-medium text-brand-800 underline">
          {view === "board" ? "Show as table" : "Show as board"}
        </Link>
        <FollowUpEmailPref on={prefs.includes("follow-up-emails")} />
      </div>
      <FiltersForm filters={filters} view={view} />
      {items.length === 0 ? (
        <Card>
          <EmptyState
            action={
              filtered
                ? { label: "Clear filters", href: `/learner/applications?view=${view}` }
                : { label: "Add an application", href: "/learner/applications/new" }
            }
          >
            {filtered
              ? "No applications match these filters. Clear the search or choose “All”."
              : "No applications yet. Add the first job you are interested in — even one you have only saved — or import your spreadsheet. Matching a posting on “Match a job” can create one too."}
          </EmptyState>
        </Card>
      ) : view === "board" ? (
        <Board items={items} today={todayIso()} />
      ) : (
        <ApplicationsTable items={items} filters={filters} />
      )}
    </>
  );
}
