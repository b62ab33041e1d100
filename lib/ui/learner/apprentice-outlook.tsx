// Progress toward each apprentice-removal route, from lib/domain/experience-progress: what is
// counted, what is missing, and the earliest date at the current pace, with the rules' sources.
// Rendered on the credential page and the experience log.
import { CPC_APPRENTICE_RULE } from "@/lib/content/ceu-rules";
import { APPRENTICE_EVIDENCE, QUALIFYING_MONTH_RULE } from "@/lib/content/experience-rules";
import type { ApprenticeOutlook } from "@/lib/domain/experience-progress";
import { FactSource } from "@/lib/ui/fact-source";
import { Badge } from "@/lib/ui/primitives/badge";
import { routeWhen } from "./apprentice-line";

export function ApprenticeOutlookPanel({ outlook }: { outlook: ApprenticeOutlook }) {
  return (
    <div className="space-y-3">
      <dl className="grid grid-cols-1 gap-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-slate-600">Qualifying months</dt>
          <dd className="font-semibold text-slate-900">{outlook.months}</dd>
        </div>
        <div>
          <dt className="text-slate-600">Completed contact hours</dt>
          <dd className="font-semibold text-slate-900">
            {outlook.contactHours}
            {outlook.contactHoursInProgress > 0 ? ` (+${outlook.contactHoursInProgress} in progress)` : ""}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">Current pace</dt>
          <dd className="font-semibold text-slate-900">
            {outlook.pacePercent > 0 ? `${outlook.pacePercent}% of full time` : "nothing ongoing"}
          </dd>
        </div>
      </dl>
      <ul className="space-y-2 text-sm">
        {outlook.routes.map((r) => (
          <li key={r.route} className="rounded-lg border border-slate-200 p-3">
            <p className="flex flex-wrap items-center gap-2">
              <strong>{r.label}</strong>
              <Badge tone={r.met ? "success" : "neutral"}>{r.met ? "Met" : `${Math.round(r.progress * 100)}%`}</Badge>
            </p>
            <p className="text-slate-700">
              {r.met ? "Send AAPC your documentation for this route." : `Still needed: ${r.missing.join("; ")}.`}
            </p>
            {!r.met && <p className="text-slate-700">{routeWhen(r).replace(/^./, (c) => c.toUpperCase())}.</p>}
          </li>
        ))}
      </ul>
      <div className="space-y-1">
        <FactSource fact={CPC_APPRENTICE_RULE} />
        <FactSource fact={QUALIFYING_MONTH_RULE} />
      </div>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-slate-900">What AAPC asks each experience letter to show</summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          {APPRENTICE_EVIDENCE.value.letterMustInclude.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
        <p className="mt-2 text-slate-700">Accepted: {APPRENTICE_EVIDENCE.value.accepted.join("; ")}.</p>
        <FactSource fact={APPRENTICE_EVIDENCE} />
      </details>
    </div>
  );
}
