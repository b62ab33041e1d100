// Filters and search as a GET form: the query string drives the server-rendered list. On a
// phone the form folds into a "Filters" disclosure (a native <details>, so it needs no
// JavaScript) so the board is on the first screen; from `sm` up the summary is hidden and
// the form always shows (`::details-content` made visible).
import { ChevronDown } from "lucide-react";
import type { BoardFilters } from "@/lib/data/job-hunt/board";
import { ROLE_TYPE_OPTIONS, STAGE_OPTIONS, WORK_MODE_OPTIONS } from "./option-lists";

const selectClass = "block w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm";

function Select({
  name,
  label,
  options,
  value,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value?: string;
}) {
  return (
    <div>
      <label htmlFor={`filter-${name}`} className="block text-xs font-medium text-slate-700">
        {label}
      </label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ""} className={selectClass}>
        <option value="">All</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function FiltersForm({ filters, view }: { filters: BoardFilters; view: "board" | "table" }) {
  const on = [filters.q, filters.stage, filters.roleType, filters.workMode].filter(Boolean).length;
  return (
    <details className="group no-print mb-4 sm:[&::details-content]:block sm:[&::details-content]:[content-visibility:visible]">
      <summary className="mb-2 inline-flex cursor-pointer items-center gap-1 rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 sm:hidden">
        Filters{on > 0 ? ` (${on} on)` : ""}
        <ChevronDown aria-hidden className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <form
        method="get"
        action="/learner/applications"
        role="search"
        aria-label="Filter applications"
        className="grid gap-2 sm:grid-cols-5 sm:items-end"
      >
        <input type="hidden" name="view" value={view} />
        {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
        {filters.dir && <input type="hidden" name="dir" value={filters.dir} />}
        <div>
          <label htmlFor="filter-q" className="block text-xs font-medium text-slate-700">
            Search
          </label>
          <input
            id="filter-q"
            name="q"
            type="search"
            defaultValue={filters.q ?? ""}
            placeholder="Company, title, location"
            className={selectClass}
          />
        </div>
        <Select name="stage" label="Stage" options={STAGE_OPTIONS} value={filters.stage} />
        <Select name="roleType" label="Role type" options={ROLE_TYPE_OPTIONS} value={filters.roleType} />
        <Select name="workMode" label="Work mode" options={WORK_MODE_OPTIONS} value={filters.workMode} />
        <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium">
          Apply filters
        </button>
      </form>
    </details>
  );
}
