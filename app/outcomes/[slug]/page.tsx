// A program's published outcomes (opt-in per program): the chosen standard's latest ended
// reporting year, each figure with its definition and source, small groups hidden, and how
// much of the evidence staff verified. No person is ever named or counted below the minimum.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { publicOutcomes } from "@/lib/data/programs/standard-reports";
import { OUTCOME_STANDARDS, measureDefinition } from "@/lib/content/outcome-standards";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { FactSource } from "@/lib/ui/fact-source";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await publicOutcomes((await params).slug);
  return { title: data ? `${data.program.name}: outcomes` : "Outcomes" };
}

export default async function PublicOutcomesPage({ params }: Props) {
  const { slug } = await params;
  if (slug.length > 120) notFound();
  const data = await publicOutcomes(slug);
  if (!data) notFound();
  const std = OUTCOME_STANDARDS[data.standard];
  const { window, evidence } = data;
  const verified = evidence.total === 0 ? null : Math.round((evidence.verified / evidence.total) * 1000) / 10;
  return (
    <div className="mx-auto max-w-4xl py-8">
      <PageHeader
        title={`${data.program.name}: graduate outcomes`}
        subtitle={`${std.name}, ${window.label} (${window.start} to ${window.end}) · as of ${data.asOf} · published by the program through Chartpath`}
      />
      <Card title="About these figures">
        <p className="text-sm text-slate-700">
          Computed by Chartpath from the program&rsquo;s enrollment records with the {std.body}&rsquo;s definitions below. {std.windowRule}
        </p>
        <p className="mt-2 text-sm text-slate-700">
          {verified === null
            ? "No outcome records yet behind these figures."
            : `${verified}% of the ${evidence.total} outcome and exam records behind these figures were verified by the program's staff against evidence (an employer, a score report); the rest are graduates' own reports.`}{" "}
          Any figure over fewer than {data.minCell} people is not shown, to protect their privacy.
        </p>
      </Card>
      <div className="mt-6 grid grid-cols-1 gap-6 md:grid-cols-2">
        {data.measures.map(({ id, kind, shown }) => {
          const def = measureDefinition(data.standard, id);
          return (
            <section key={id} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm" aria-labelledby={`pm-${id}`}>
              <h2 id={`pm-${id}`} className="text-lg font-semibold text-slate-900">
                {def?.value.label ?? id}
              </h2>
              <p className="mt-1 text-2xl font-bold text-slate-900">
                {shown.suppressed
                  ? `Not shown: fewer than ${data.minCell} people`
                  : kind === "median" && shown.value !== null
                    ? `$${Math.round(shown.value).toLocaleString("en-US")} (n = ${shown.denominator})`
                    : shown.text}
              </p>
              {def && (
                <div className="mt-2 space-y-1 text-sm text-slate-700">
                  <p>{def.value.definition}</p>
                  <p>
                    <strong>Counted:</strong> {def.value.denominator}
                  </p>
                  <p>
                    <strong>Left out:</strong> {def.value.exclusions}
                  </p>
                  <FactSource fact={def} />
                </div>
              )}
            </section>
          );
        })}
      </div>
    </div>
  );
}
