// Side-by-side comparisons for choosing a path: the work itself, credentials (exam format,
// prerequisites, maintenance) and training routes, every figure with its source. Each becomes
// a card per row on a phone.
import { CAREER_PATHS, CAREER_PATH_CODES } from "@/lib/content/career-paths";
import { CREDENTIALS } from "@/lib/content/credentials";
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import { qualifier } from "@/lib/content/format-fact";
import { FactSource } from "@/lib/ui/fact-source";
import { DataTable, type DataColumn } from "@/lib/ui/primitives/data-table";

type CareerPath = (typeof CAREER_PATHS)["CODING"];
type Credential = (typeof CREDENTIALS)[number];
type Route = (typeof TRAINING_ROUTES)[number];

const PATH_ROWS: { label: string; cell: (p: CareerPath) => React.ReactNode }[] = [
  { label: "What the work is", cell: (p) => p.summary },
  {
    label: "A typical day",
    cell: (p) => (
      <ul className="list-disc pl-4">
        {p.dailyWork.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    ),
  },
  { label: "Where you work", cell: (p) => p.settings.join("; ") },
  { label: "Credential before hire?", cell: (p) => p.reachability },
];

const PATH_COLUMNS: DataColumn<(typeof PATH_ROWS)[number]>[] = [
  { key: "aspect", header: "Aspect", cell: (r) => r.label, cellClassName: "font-semibold" },
  ...CAREER_PATH_CODES.map((c) => ({
    key: c,
    header: CAREER_PATHS[c].title,
    cell: (r: (typeof PATH_ROWS)[number]) => r.cell(CAREER_PATHS[c]),
    long: true,
  })),
];

export function PathComparison() {
  return (
    <DataTable
      narrow="cards"
      columns={PATH_COLUMNS}
      rows={PATH_ROWS}
      rowKey={(r) => r.label}
      caption="Coding and billing compared"
      captionVisible
    />
  );
}

const CREDENTIAL_COLUMNS: DataColumn<Credential>[] = [
  {
    key: "credential",
    header: "Credential",
    cell: (c) => (
      <>
        <span className="font-semibold">{c.code}</span>
        <span className="block font-normal text-slate-600">
          {c.body} · {c.name}
        </span>
      </>
    ),
  },
  { key: "path", header: "Path", cell: (c) => c.paths.map((p) => CAREER_PATHS[p].title).join(", ") },
  {
    key: "setting",
    long: true,
    header: "Setting",
    cell: (c) => (
      <>
        {c.setting}
        {c.apprenticeCode && <span className="block text-slate-600">New passers without experience hold {c.apprenticeCode} first.</span>}
      </>
    ),
  },
  {
    key: "exam",
    long: true,
    header: "Exam",
    cell: (c) =>
      c.exam ? (
        <>
          {c.exam.value.summary}
          {c.exam.note && <span className="block text-slate-600">{c.exam.note}</span>}
          <FactSource fact={c.exam} />
        </>
      ) : (
        "—"
      ),
  },
  {
    key: "prerequisites",
    long: true,
    header: "Prerequisites",
    cell: (c) =>
      c.prerequisites ? (
        <>
          {c.prerequisites.value}
          <FactSource fact={c.prerequisites} />
        </>
      ) : (
        "—"
      ),
  },
  {
    key: "maintenance",
    long: true,
    header: "Maintenance",
    cell: (c) => (
      <>
        {c.maintenance.value}
        <FactSource fact={c.maintenance} />
      </>
    ),
  },
];

export function CredentialComparison() {
  return (
    <DataTable
      narrow="cards"
      breakpoint="md"
      columns={CREDENTIAL_COLUMNS}
      rows={CREDENTIALS.filter((c) => !c.isApprenticeStatus)}
      rowKey={(c) => c.code}
      caption="Credentials: exam format, prerequisites and maintenance"
      captionVisible
    />
  );
}

const ROUTE_COLUMNS: DataColumn<Route>[] = [
  {
    key: "route",
    header: "Route",
    cell: (r) => (
      <>
        <span className="font-semibold">{r.name}</span>
        <span className="block font-normal text-slate-600">{r.notes.join(" ")}</span>
      </>
    ),
  },
  {
    key: "duration",
    long: true,
    header: "Duration",
    cell: (r) => (
      <>
        {qualifier(r.durationMonths)}
        {r.durationMonths.value.min === r.durationMonths.value.max
          ? r.durationMonths.value.min
          : `${r.durationMonths.value.min}–${r.durationMonths.value.max}`}{" "}
        months
        <FactSource fact={r.durationMonths} />
      </>
    ),
  },
  {
    key: "cost",
    long: true,
    header: "Cost",
    cell: (r) => (
      <>
        {qualifier(r.cost)}
        {r.cost.value.text}
        <FactSource fact={r.cost} />
      </>
    ),
  },
  { key: "leadsTo", header: "Leads to", cell: (r) => r.leadsTo, long: true },
];

export function RouteComparison() {
  return (
    <DataTable
      narrow="cards"
      columns={ROUTE_COLUMNS}
      rows={TRAINING_ROUTES}
      rowKey={(r) => r.code}
      caption="Training routes: duration and cost"
      captionVisible
    />
  );
}
