// One measure of a standard report: the figure, numerator and denominator, the standard's own
// components, the threshold if one is published, the definition with its source, and the
// people counted in each part (drill-down in <details>, so print and no-JS readers get it too).
import type { Fact } from "@/lib/content/fact";
import type { MeasureDefinition } from "@/lib/content/outcome-standards";
import type { Measure } from "@/lib/domain/outcome-measures";
import { personLabel, type ReportPerson } from "@/lib/domain/standard-report-view";
import { FactSource } from "@/lib/ui/fact-source";
import { Badge } from "@/lib/ui/primitives/badge";

/** Names listed per part on the page; the rest are in the people CSV (a 20,000-learner program would otherwise send megabytes). */
export const DRILL_DOWN_SHOWN = 100;

export function StandardMeasure({
  measure,
  definition,
  people,
  peopleCsv,
}: {
  measure: Measure;
  definition?: Fact<MeasureDefinition>;
  people: Map<string, ReportPerson>;
  /** Where everyone this measure counts can be downloaded. */
  peopleCsv: string;
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
  // Only the names shown are looked up; a Set keeps "denominator only" linear at 20,000 learners.
  const names = (ids: readonly string[]) => ids.slice(0, DRILL_DOWN_SHOWN).map((id) => personLabel(people.get(id)));
  const inNumerator = new Set(measure.kind === "rate" ? measure.included.numerator : []);
  const denominatorOnly = measure.kind === "rate" ? measure.included.denominator.filter((id) => !inNumerator.has(id)) : [];
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
        {measure.kind === "rate" && (
          <People
            title="In the numerator"
            total={measure.included.numerator.length}
            names={names(measure.included.numerator)}
            csv={peopleCsv}
          />
        )}
        <People
          title={measure.kind === "rate" ? "In the denominator only" : "Counted"}
          total={measure.kind === "rate" ? denominatorOnly.length : measure.included.denominator.length}
          names={measure.kind === "rate" ? names(denominatorOnly) : names(measure.included.denominator)}
          csv={peopleCsv}
        />
        <details className="rounded-md border border-slate-200 p-2">
          <summary className="cursor-pointer font-semibold text-brand-800">Excluded ({measure.excluded.length})</summary>
          {measure.excluded.length === 0 ? (
            <p className="mt-1 text-slate-600">No one.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5">
              {measure.excluded.slice(0, DRILL_DOWN_SHOWN).map((e, i) => (
                <li key={i}>
                  {personLabel(people.get(e.learnerId))}: {e.why}
                </li>
              ))}
            </ul>
          )}
          {measure.excluded.length > DRILL_DOWN_SHOWN && <More n={measure.excluded.length - DRILL_DOWN_SHOWN} csv={peopleCsv} />}
        </details>
      </div>
    </section>
  );
}

function More({ n, csv }: { n: number; csv: string }) {
  return (
    <p className="mt-1 text-slate-600">
      …and {n.toLocaleString("en-US")} more:{" "}
      <a className="text-brand-700 underline" href={csv}>
        download everyone counted (CSV)
      </a>
    </p>
  );
}

function People({ title, total, names, csv }: { title: string; total: number; names: string[]; csv: string }) {
  return (
    <details className="rounded-md border border-slate-200 p-2">
      <summary className="cursor-pointer font-semibold text-brand-800">
        {title} ({total})
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
      {total > names.length && <More n={total - names.length} csv={csv} />}
    </details>
  );
}
