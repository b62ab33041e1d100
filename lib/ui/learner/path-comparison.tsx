// Side-by-side comparisons for choosing a path: the work itself, credentials (exam format,
// prerequisites, maintenance) and training routes, every figure with its source.
import { CAREER_PATHS, CAREER_PATH_CODES } from "@/lib/content/career-paths";
import { CREDENTIALS } from "@/lib/content/credentials";
import { TRAINING_ROUTES } from "@/lib/content/training-routes";
import { qualifier } from "@/lib/content/format-fact";
import { FactSource } from "@/lib/ui/fact-source";

const TH = "border-b border-slate-200 px-2 py-2 text-left align-top font-semibold";
const TD = "border-b border-slate-100 px-2 py-2 align-top";

export function PathComparison() {
  const rows: [string, (p: (typeof CAREER_PATHS)["CODING"]) => React.ReactNode][] = [
    ["What the work is", (p) => p.summary],
    [
      "A typical day",
      (p) => (
        <ul className="list-disc pl-4">
          {p.dailyWork.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      ),
    ],
    ["Where you work", (p) => p.settings.join("; ")],
    ["Credential before hire?", (p) => p.reachability],
  ];
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[36rem] text-sm">
        <caption className="mb-2 text-left text-slate-700">Coding and billing compared</caption>
        <thead>
          <tr>
            <td className={TH} />
            {CAREER_PATH_CODES.map((c) => (
              <th key={c} scope="col" className={TH}>
                {CAREER_PATHS[c].title}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, cell]) => (
            <tr key={label}>
              <th scope="row" className={TH}>
                {label}
              </th>
              {CAREER_PATH_CODES.map((c) => (
                <td key={c} className={TD}>
                  {cell(CAREER_PATHS[c])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function CredentialComparison() {
  const list = CREDENTIALS.filter((c) => !c.isApprenticeStatus);
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[48rem] text-sm">
        <caption className="mb-2 text-left text-slate-700">Credentials: exam format, prerequisites and maintenance</caption>
        <thead>
          <tr>
            {["Credential", "Path", "Setting", "Exam", "Prerequisites", "Maintenance"].map((h) => (
              <th key={h} scope="col" className={TH}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.map((c) => (
            <tr key={c.code}>
              <th scope="row" className={TH}>
                {c.code}
                <span className="block font-normal text-slate-600">
                  {c.body} · {c.name}
                </span>
              </th>
              <td className={TD}>{c.paths.map((p) => CAREER_PATHS[p].title).join(", ")}</td>
              <td className={TD}>
                {c.setting}
                {c.apprenticeCode && (
                  <span className="block text-slate-600">New passers without experience hold {c.apprenticeCode} first.</span>
                )}
              </td>
              <td className={TD}>
                {c.exam ? (
                  <>
                    {c.exam.value.summary}
                    {c.exam.note && <span className="block text-slate-600">{c.exam.note}</span>}
                    <FactSource fact={c.exam} />
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className={TD}>
                {c.prerequisites ? (
                  <>
                    {c.prerequisites.value}
                    <FactSource fact={c.prerequisites} />
                  </>
                ) : (
                  "—"
                )}
              </td>
              <td className={TD}>
                {c.maintenance.value}
                <FactSource fact={c.maintenance} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function RouteComparison() {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[40rem] text-sm">
        <caption className="mb-2 text-left text-slate-700">Training routes: duration and cost</caption>
        <thead>
          <tr>
            {["Route", "Duration", "Cost", "Leads to"].map((h) => (
              <th key={h} scope="col" className={TH}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {TRAINING_ROUTES.map((r) => (
            <tr key={r.code}>
              <th scope="row" className={TH}>
                {r.name}
                <span className="block font-normal text-slate-600">{r.notes.join(" ")}</span>
              </th>
              <td className={TD}>
                {qualifier(r.durationMonths)}
                {r.durationMonths.value.min === r.durationMonths.value.max
                  ? r.durationMonths.value.min
                  : `${r.durationMonths.value.min}–${r.durationMonths.value.max}`}{" "}
                months
                <FactSource fact={r.durationMonths} />
              </td>
              <td className={TD}>
                {qualifier(r.cost)}
                {r.cost.value.text}
                <FactSource fact={r.cost} />
              </td>
              <td className={TD}>{r.leadsTo}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
