// Shortlisted programs side by side (one column per program) on the guide's criteria.
import { PROGRAM_CRITERIA, TRAINING_ROUTES, type ProgramCriterionKey } from "@/lib/content/training-routes";
import { formatUsd } from "@/lib/content/format-fact";
import type { ShortlistedProgramView } from "@/lib/data/learner/shortlist";

const TH = "border-b border-slate-200 px-2 py-2 text-left align-top font-semibold";
const TD = "border-b border-slate-100 px-2 py-2 align-top";
const UNKNOWN = <span className="text-slate-600">Not known</span>;

function cell(p: ShortlistedProgramView, key: ProgramCriterionKey): React.ReactNode {
  const yes = (v: boolean | null) => (v === null ? UNKNOWN : v ? "Yes" : "No");
  switch (key) {
    case "ACCREDITATION":
      return p.accreditation ?? UNKNOWN;
    case "INSTRUCTOR_CREDENTIALS":
      return p.instructorCredentials ?? UNKNOWN;
    case "EXAM_PASS_RATE":
      return p.examPassRate === null ? UNKNOWN : `${p.examPassRate}%`;
    case "JOB_PLACEMENT_RATE":
      return p.placementRate === null ? UNKNOWN : `${p.placementRate}%`;
    case "EXTERNSHIP":
      return yes(p.externship);
    case "PLACEMENT_HELP":
      return yes(p.placementHelp);
    case "COST":
      return p.costUsd === null ? UNKNOWN : formatUsd(p.costUsd);
    case "DURATION":
      return p.durationMonths === null ? UNKNOWN : `${p.durationMonths} months`;
  }
}

export function ShortlistTable({ programs }: { programs: ShortlistedProgramView[] }) {
  return (
    <div className="relative overflow-x-auto">
      <table className="w-full min-w-[32rem] text-sm">
        <caption className="mb-2 text-left text-slate-700">Your shortlisted programs compared on the guide&apos;s criteria</caption>
        <thead>
          <tr>
            <td className={TH} />
            {programs.map((p) => (
              <th key={p.id} scope="col" className={TH}>
                {p.url ? (
                  <a className="underline" href={p.url} rel="noopener noreferrer nofollow" target="_blank">
                    {p.name}
                  </a>
                ) : (
                  p.name
                )}
                <span className="block font-normal text-slate-600">
                  {TRAINING_ROUTES.find((r) => r.code === p.routeCode)?.name ?? "Route not set"}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PROGRAM_CRITERIA.map((c) => (
            <tr key={c.key}>
              <th scope="row" className={TH}>
                {c.label}
                <span className="block text-xs font-normal text-slate-600">{c.why}</span>
              </th>
              {programs.map((p) => (
                <td key={p.id} className={TD}>
                  {cell(p, c.key)}
                </td>
              ))}
            </tr>
          ))}
          <tr>
            <th scope="row" className={TH}>
              Notes
            </th>
            {programs.map((p) => (
              <td key={p.id} className={`${TD} whitespace-pre-line`}>
                {p.notes ?? ""}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}
