// One measure of a standard report: the figure, numerator and denominator, the standard's own
// components, the threshold if one is published, the definition with its source, and the
// people counted in each part (drill-down in <details>, so print and no-JS readers get it too).
import type { Fact } from "@/lib/content/fact";
import type { MeasureDefinition } from "@/lib/content/outcome-standards";
import type { Measure } from "@/lib/domain/outcome-measures";
import { personLabel, type ReportPerson } from "@/lib/domain/standard-report-view";
import { FactSource } from "@/lib/ui/fact-source";
import { Badge } from "@/lib/ui/primitives/badge";

export function StandardMeasure({
  measure,
  definition,
  people,
}: {
  measure: Measure;
  definition?: Fact<MeasureDefinition>;
  people: Map<string, ReportPerson>;
}) {
  const label = definition?.value.label ?? measure.id;
  const figure =
    measure.kind === "rate"
      ? measure.rate === null
        ? "No one to count yet"
        : `${measure.rate}%`
      : measure.median === null
        ? "No earnings on record yet"
        : `$${Math.round(measure.median).toLocaleString("en-US")}`;
  const names = (ids: readonly string[]) => ids.map((id) => personLabel(people.get(id)));
  const denominatorOnly =
    measure.kind === "rate" ? measure.included.denominator.filter((id) => !measure.included.numerator.includes(id)) : [];
  return (
    <section className="break-inside-avoid rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby={`m-${measure.id}`}>
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={`m-${measure.id}`} className="text-lg font-semibold text-slate-900">
          {label}
        </h2>
        {measure.kind === "rate" && measure.threshold && measure.threshold.met !== null && (
          <Badge tone={measure.threshold.met ? "success" : "warning"}>
            {measure.threshold.met ? "Meets" : "Below"} {definition?.value.threshold?.label ?? `${measure.threshold.minPercent}%`}
          </Badge>
        )}
      </div>
      <p className="mt-1 text-3xl font-bold text-slate-900">{figure}</p>
      <p className="text-sm text-slate-700">
        {measure.kind === "rate"
          ? `${measure.numerator} of ${measure.denominator} counted`
          : `Median over ${measure.n} ${measure.n === 1 ? "person" : "people"} with earnings recorded`}
        {measure.excluded.length > 0 ? ` · ${measure.excluded.length} excluded` : ""}
      </p>
      {measure.kind === "rate" && measure.parts && (
        <p className="mt-1 text-sm text-slate-700">
          {Object.entries(measure.parts)
            .map(([k, v]) => `${k} = ${v}`)
            .join(" · ")}
        </p>
      )}
      {definition && (
        <div className="mt-3 space-y-1 text-sm text-slate-700">
          <p>
            <strong>Definition:</strong> {definition.value.definition}
          </p>
          <p>
            <strong>Numerator:</strong> {definition.value.numerator}
          </p>
          <p>
            <strong>Denominator:</strong> {definition.value.denominator}
          </p>
          <p>
            <strong>Exclusions:</strong> {definition.value.exclusions}
          </p>
          {definition.note && <p className="text-slate-600">{definition.note}</p>}
          <FactSource fact={definition} />
        </div>
      )}
      <div className="mt-3 space-y-2 text-sm">
        {measure.kind === "rate" && <People title="In the numerator" names={names(measure.included.numerator)} />}
        <People
          title={measure.kind === "rate" ? "In the denominator only" : "Counted"}
          names={measure.kind === "rate" ? names(denominatorOnly) : names(measure.included.denominator)}
        />
        <details className="rounded-md border border-slate-200 p-2">
          <summary className="cursor-pointer font-semibold text-brand-800">Excluded ({measure.excluded.length})</summary>
          {measure.excluded.length === 0 ? (
            <p className="mt-1 text-slate-600">No one.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5">
              {measure.excluded.map((e, i) => (
                <li key={i}>
                  {personLabel(people.get(e.learnerId))}: {e.why}
                </li>
              ))}
            </ul>
          )}
        </details>
      </div>
    </section>
  );
}

function People({ title, names }: { title: string; names: string[] }) {
  return (
    <details className="rounded-md border border-slate-200 p-2">
      <summary className="cursor-pointer font-semibold text-brand-800">
        {title} ({names.length})
      </summary>
      {names.length === 0 ? (
        <p className="mt-1 text-slate-600">No one.</p>
      ) : (
        <ul className="mt-1 list-disc pl-5">
          {names.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
    </details>
  );
}
