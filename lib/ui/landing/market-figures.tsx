// Pay and outlook figures, each with its source and as-of date.
import type { Fact } from "@/lib/content/fact";
import { formatUsd, qualifier } from "@/lib/content/format-fact";
import { AAPC_SURVEY_2019, GROWTH, JOBS_2024, MEDIAN_PAY_2024, SOC_SCOPE } from "@/lib/content/labor-market";
import { FactSource } from "@/lib/ui/fact-source";

function Figure({ label, value, fact }: { label: string; value: string; fact: Fact<unknown> }) {
  return (
    <div className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm text-slate-700">{label}</dt>
      <dd className="mt-1 text-2xl font-bold text-slate-900">
        {qualifier(fact)}
        {value}
      </dd>
      <dd className="mt-1">
        <FactSource fact={fact} />
      </dd>
    </div>
  );
}

export function MarketFigures() {
  return (
    <section aria-labelledby="market-heading" className="mt-12">
      <h2 id="market-heading" className="text-2xl font-bold">
        Pay and outlook
      </h2>
      <p className="mt-1 text-slate-700">
        {SOC_SCOPE.value} <FactSource fact={SOC_SCOPE} />
      </p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Figure label="Median pay" value={`${formatUsd(MEDIAN_PAY_2024.value.annualUsd)}/yr`} fact={MEDIAN_PAY_2024} />
        <Figure label={`Job growth (${GROWTH.value.edition})`} value={`+${GROWTH.value.percent}%`} fact={GROWTH} />
        <Figure label="Jobs" value={JOBS_2024.value.toLocaleString("en-US")} fact={JOBS_2024} />
        <Figure
          label="Certified coders, average (AAPC survey)"
          value={formatUsd(AAPC_SURVEY_2019.certified.value)}
          fact={AAPC_SURVEY_2019.certified}
        />
      </dl>
    </section>
  );
}
