// Pay and outlook for Medical Records Specialists, each figure with its source and date.
import { AAPC_REPORT_2021, AAPC_SURVEY_2019, GROWTH, MEDIAN_PAY_2024, OPENINGS_PER_YEAR } from "@/lib/content/labor-market";
import { formatUsd, qualifier } from "@/lib/content/format-fact";
import type { Fact } from "@/lib/content/fact";
import { FactSource } from "@/lib/ui/fact-source";

function Figure({ label, value, fact }: { label: string; value: string; fact: Fact<unknown> }) {
  return (
    <div className="rounded-md border border-slate-200 p-3">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="text-lg font-semibold text-slate-900">
        {qualifier(fact)}
        {value}
        {fact.note && <span className="block text-xs font-normal text-slate-600">{fact.note}</span>}
        <FactSource fact={fact} />
      </dd>
    </div>
  );
}

export function LaborMarketFigures() {
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      <Figure
        label="Median pay, medical records specialists"
        value={`${formatUsd(MEDIAN_PAY_2024.value.annualUsd)} a year`}
        fact={MEDIAN_PAY_2024}
      />
      <Figure label="Projected growth" value={`+${GROWTH.value.percent}% (${GROWTH.value.edition})`} fact={GROWTH} />
      <Figure label="Openings per year" value={OPENINGS_PER_YEAR.value.toLocaleString("en-US")} fact={OPENINGS_PER_YEAR} />
      <Figure
        label="Certified coders (AAPC survey)"
        value={formatUsd(AAPC_SURVEY_2019.certified.value)}
        fact={AAPC_SURVEY_2019.certified}
      />
      <Figure
        label="Not certified (AAPC survey)"
        value={formatUsd(AAPC_SURVEY_2019.nonCertified.value)}
        fact={AAPC_SURVEY_2019.nonCertified}
      />
      <Figure
        label="Certified billers and coders (AAPC report)"
        value={formatUsd(AAPC_REPORT_2021.certified.value)}
        fact={AAPC_REPORT_2021.certified}
      />
      <Figure
        label="Not certified, e.g. starting out (AAPC report)"
        value={formatUsd(AAPC_REPORT_2021.nonCertified.value)}
        fact={AAPC_REPORT_2021.nonCertified}
      />
    </dl>
  );
}
