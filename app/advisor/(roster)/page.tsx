import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { getRoster, type RosterQuery } from "@/lib/data/programs/roster";
import { FLAG_LABELS, type FlagKind, type RiskTier } from "@/lib/domain/at-risk";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { RosterTable } from "@/lib/ui/advisor/roster-table";
import { toRosterView } from "@/lib/ui/advisor/roster-view";
import { CaseloadSummary } from "@/lib/ui/advisor/caseload-summary";
import { Input, Select } from "@/lib/ui/primitives/input";
import { Button } from "@/lib/ui/primitives/button";

export const metadata: Metadata = { title: "Advisor roster" };

type Search = Promise<Record<string, string | string[] | undefined>>;
const SORTS = ["name", "cohort", "lastActive", "contacted", "progress", "score", "risk", "exam"] as const;
const TIERS: RiskTier[] = ["HIGH", "MEDIUM", "NONE"];
const TIER_LABELS: Record<RiskTier, string> = { HIGH: "High risk", MEDIUM: "To watch", NONE: "On track" };
const PAGE_SIZE = 50; // a page of the roster stays quick to render and to read

export default async function AdvisorRosterPage({ searchParams }: { searchParams: Search }) {
  const user = await requirePermission("read:advisor-area:cohort");
  const p = await searchParams;
  const one = (k: string) => (typeof p[k] === "string" ? (p[k] as string).slice(0, 100) : undefined);
  const flag = one("flag");
  const sort = one("sort");
  const tier = one("tier");
  const query: RosterQuery = {
    cohortId: one("cohort") || undefined,
    flag: flag && flag in FLAG_LABELS ? (flag as FlagKind) : undefined,
    tier: TIERS.find((t) => t === tier),
    outreach: one("outreach") === "1" || undefined,
    q: one("q") || undefined,
    sort: SORTS.find((s) => s === sort),
    dir: one("dir") === "desc" ? "desc" : one("dir") === "asc" ? "asc" : undefined,
  };
  const today = new Date().toISOString().slice(0, 10);
  const { cohorts, rows, caseload, computedAt } = await getRoster(user, query, today);
  const pages = Math.max(1, Math.ceil(rows.length / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number.parseInt(one("page") ?? "1", 10) || 1));
  const shown = rows.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
  const params = (extra: Record<string, string | undefined> = {}) =>
    new URLSearchParams(
      Object.entries({
        cohort: query.cohortId,
        flag: query.flag,
        tier: query.tier,
        outreach: query.outreach ? "1" : undefined,
        q: query.q,
        sort: query.sort,
        dir: query.dir,
        ...extra,
      }).filter(([, v]) => v) as [string, string][],
    );
  const filtered = Boolean(query.flag || query.tier || query.outreach || query.q);
  return (
    <>
      <PageHeader
        title="Your learners"
        subtitle={`${caseload.learners} learner${caseload.learners === 1 ? "" : "s"} in your cohorts · most urgent first · updated ${computedAt.toISOString().slice(11, 16)} UTC`}
      />
      {cohorts.length === 0 ? (
        <EmptyState action={null}>You are not assigned to a cohort yet. A program admin assigns advisors to cohorts.</EmptyState>
      ) : (
        <>
          <CaseloadSummary c={caseload} base={new URLSearchParams(query.cohortId ? { cohort: query.cohortId } : {})} />
          <Card>
            <form method="get" action="/advisor" className="mb-4 flex flex-wrap items-end gap-3" role="search" aria-label="Filter learners">
              <div>
                <label htmlFor="roster-q" className="block text-sm font-medium">
                  Search by name
                </label>
                <Input compact id="roster-q" name="q" defaultValue={query.q} />
              </div>
              <div>
                <label htmlFor="roster-cohort" className="block text-sm font-medium">
                  Cohort
                </label>
                <Select compact id="roster-cohort" name="cohort" defaultValue={query.cohortId ?? ""}>
                  <option value="">All cohorts</option>
                  {cohorts.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </Select>
              </div>
              <div>
                <label htmlFor="roster-tier" className="block text-sm font-medium">
                  Risk
                </label>
                <Select compact id="roster-tier" name="tier" defaultValue={query.tier ?? ""}>
                  <option value="">Any</option>
                  {TIERS.map((t) => (
                    <option key={t} value={t}>
                      {TIER_LABELS[t]}
                    </option>
                  ))}
                </Select>
              </div>
              <div>
                <label htmlFor="roster-flag" className="block text-sm font-medium">
                  Flag
                </label>
                <Select compact id="roster-flag" name="flag" defaultValue={query.flag ?? ""}>
                  <option value="">Any</option>
                  {Object.entries(FLAG_LABELS).map(([k, v]) => (
                    <option key={k} value={k}>
                      {v}
                    </option>
                  ))}
                </Select>
              </div>
              {query.outreach && <input type="hidden" name="outreach" value="1" />}
              <Button type="submit" size="sm">
                Apply
              </Button>
              {filtered && (
                <Link
                  className="text-sm text-brand-700 underline"
                  href={`/advisor?${params({ flag: undefined, tier: undefined, outreach: undefined, q: undefined })}`}
                >
                  Clear filters
                </Link>
              )}
            </form>
            {query.outreach && <p className="mb-3 text-sm font-semibold">Showing learners who need outreach this week.</p>}
            {rows.length === 0 ? (
              <EmptyState action={filtered ? { label: "Show everyone", href: "/advisor" } : null}>
                {filtered
                  ? "No learners match these filters."
                  : "No learners yet. Learners appear here once they join one of your cohorts."}
              </EmptyState>
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
                    href={`/advisor?${params({ page: String(n) })}`}
                    aria-current={n === page ? "page" : undefined}
                    className={`rounded px-2 py-1 ${n === page ? "bg-brand-700 text-white" : "text-brand-700 underline"}`}
                  >
                    {n === page ? `Page ${n}` : n}
                  </a>
                ))}
              </nav>
            )}
          </Card>
        </>
      )}
    </>
  );
}
