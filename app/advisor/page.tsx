import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { getRoster, type RosterQuery } from "@/lib/data/programs/roster";
import { FLAG_LABELS, type FlagKind } from "@/lib/domain/at-risk";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { RosterTable } from "@/lib/ui/advisor/roster-table";
import { toRosterView } from "@/lib/ui/advisor/roster-view";

export const metadata: Metadata = { title: "Advisor roster" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const SORTS = ["name", "cohort", "lastActive", "contacted", "progress", "score", "risk", "exam"] as const;
const PAGE_SIZE = 50; // a page of the roster stays quick to render and to read

export default async function AdvisorRosterPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission("read:advisor-area:cohort");
  const p = await searchParams;
  const one = (k: string) => (typeof p[k] === "string" ? (p[k] as string).slice(0, 100) : undefined);
  const flag = one("flag");
  const sort = one("sort");
  const query: RosterQuery = {
    cohortId: one("cohort") || undefined,
    flag: flag && flag in FLAG_LABELS ? (flag as FlagKind) : undefined,
    q: one("q") || undefined,
    sort: SORTS.find((s) => s === sort),
    dir: one("dir") === "desc" ? "desc" : one("dir") === "asc" ? "asc" : undefined,
  };
  const today = new Date().toISOString().slice(0, 10);
  const { cohorts, rows, computedAt } = await getRoster(user, query, today);
  const flagged = rows.filter((r) => r.flags.length > 0).length;
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(one("page") ?? "1", 10) || 1));
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const pageHref = (n: number) => {
    const q = new URLSearchParams(
      Object.entries({ cohort: query.cohortId, flag: query.flag, q: query.q, sort: query.sort, dir: query.dir }).filter(([, v]) => v) as [
        string,
        string,
      ][],
    );
    q.set("page", String(n));
    return `/advisor?${q}`;
  };
  return (
    <>
      <PageHeader
        title="Your learners"
        subtitle={`${rows.length} learner${rows.length === 1 ? "" : "s"} shown · ${flagged} with flags · updated ${computedAt.toISOString().slice(11, 16)} UTC`}
      />
      {cohorts.length === 0 ? (
        <EmptyState action={null}>You are not assigned to a cohort yet. A program admin assigns advisors to cohorts.</EmptyState>
      ) : (
        <Card>
          <form method="get" action="/advisor" className="mb-4 flex flex-wrap items-end gap-3" role="search">
            <div>
              <label htmlFor="roster-q" className="block text-sm font-medium">
                Search by name
              </label>
              <input id="roster-q" name="q" defaultValue={query.q} className="rounded-md border border-slate-300 px-3 py-1.5" />
            </div>
            <div>
              <label htmlFor="roster-cohort" className="block text-sm font-medium">
                Cohort
              </label>
              <select
                id="roster-cohort"
                name="cohort"
                defaultValue={query.cohortId ?? ""}
                className="rounded-md border border-slate-300 px-3 py-1.5"
              >
                <option value="">All cohorts</option>
                {cohorts.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
            <div>
              <label htmlFor="roster-flag" className="block text-sm font-medium">
                Flag
              </label>
              <select
                id="roster-flag"
                name="flag"
                defaultValue={query.flag ?? ""}
                className="rounded-md border border-slate-300 px-3 py-1.5"
              >
                <option value="">Any</option>
                {Object.entries(FLAG_LABELS).map(([k, v]) => (
                  <option key={k} value={k}>
                    {v}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="rounded-md bg-brand-700 px-4 py-1.5 font-semibold text-white">
              Apply
            </button>
          </form>
          {rows.length === 0 ? (
            <EmptyState action={null}>No learners match. Learners appear here once they join one of your cohorts.</EmptyState>
          ) : (
            <RosterTable rows={toRosterView(shown)} query={query} />
          )}
          {pages > 1 && (
            <nav aria-label="Roster pages" className="mt-4 flex flex-wrap items-center gap-2 text-sm">
              <span>
                Showing {(page - 1) * PAGE_SIZE + 1}–{Math.min(rows.length, page * PAGE_SIZE)} of {rows.length}
              </span>
              {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
                <a
                  key={n}
                  href={pageHref(n)}
                  aria-current={n === page ? "page" : undefined}
                  className={`rounded px-2 py-1 ${n === page ? "bg-brand-700 text-white" : "text-brand-700 underline"}`}
                >
                  {n === page ? `Page ${n}` : n}
                </a>
              ))}
            </nav>
          )}
        </Card>
      )}
    </>
  );
}
