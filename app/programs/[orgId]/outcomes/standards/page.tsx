import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { programStandardReport, publicOutcomesSetting } from "@/lib/data/programs/standard-reports";
import { setPublicOutcomesAction } from "@/lib/actions/programs/set-public-outcomes";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { NotFoundError } from "@/lib/data/errors";
import { OUTCOME_STANDARDS, OUTCOME_STANDARD_IDS, measureDefinition, type OutcomeStandardId } from "@/lib/content/outcome-standards";
import { DEFAULT_MIN_CELL } from "@/lib/domain/standard-report-view";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { PrintButton } from "@/lib/ui/print-button";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";
import { StandardMeasure } from "@/lib/ui/programs/standard-measure";

export const metadata: Metadata = { title: "Accreditor reports" };

const isStandard = (v: unknown): v is OutcomeStandardId => typeof v === "string" && (OUTCOME_STANDARD_IDS as readonly string[]).includes(v);

export default async function StandardReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ standard?: string; year?: string }>;
}) {
  const user = await requirePermission("read:outcomes:org");
  const { orgId } = await params;
  const query = await searchParams;
  const standard: OutcomeStandardId = isStandard(query.standard) ? query.standard : "ABHES";
  const asked = Number(query.year);
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : undefined;
  const [data, published] = await Promise.all([
    programStandardReport(user, orgId, standard, year),
    publicOutcomesSetting(user, orgId),
  ]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const { report, evidence } = data;
  const std = OUTCOME_STANDARDS[standard];
  const base = `/programs/${orgId}/outcomes/standards`;
  const csv = (pub: boolean) => `${base}/export.csv?standard=${standard}&year=${report.window.endYear}${pub ? "&public=1" : ""}`;
  const verifiedPct = evidence.total === 0 ? null : Math.round((evidence.verified / evidence.total) * 1000) / 10;
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/programs/${orgId}/outcomes`}>
          ← Program outcomes
        </Link>
      </p>
      <PageHeader
        title={`${std.name}: ${report.window.label}`}
        subtitle={`${report.window.start} to ${report.window.end}${report.window.collectThrough ? `, outcomes collected through ${report.window.collectThrough}` : ""} · computed ${data.asOf} from the program's enrollment records, which stay when a learner leaves.`}
        actions={
          <div className="no-print flex flex-wrap gap-2">
            <a className={buttonVariants({ size: "sm" })} href={csv(false)}>
              CSV (internal)
            </a>
            <a className={buttonVariants({ size: "sm", variant: "secondary" })} href={csv(true)}>
              CSV (public, small cells hidden)
            </a>
            <PrintButton label="Print report" />
          </div>
        }
      />
      <form className="no-print mb-6 flex flex-wrap items-end gap-3" method="get" aria-label="Choose a standard and year">
        <label className="w-full text-sm font-semibold text-slate-800 sm:w-auto">
          Standard
          <select
            name="standard"
            defaultValue={standard}
            className="mt-1 block w-full min-w-0 rounded-md border border-slate-300 px-2 py-2 font-normal sm:w-auto"
          >
            {OUTCOME_STANDARD_IDS.map((s) => (
              <option key={s} value={s}>
                {OUTCOME_STANDARDS[s].name}
              </option>
            ))}
          </select>
        </label>
        <label className="w-full text-sm font-semibold text-slate-800 sm:w-auto">
          Reporting year
          <select
            name="year"
            defaultValue={String(report.window.endYear)}
            className="mt-1 block w-full min-w-0 rounded-md border border-slate-300 px-2 py-2 font-normal sm:w-auto"
          >
            {data.years.map((y) => (
              <option key={y} value={y}>
                {y - 1}–{String(y).slice(2)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={buttonVariants({ variant: "secondary" })}>
          Show
        </button>
      </form>
      <div className="grid grid-cols-1 gap-6">
        <Card title="About these figures">
          <p className="text-sm text-slate-700">
            {std.body}. {std.windowRule}
          </p>
          <p className="mt-2 text-sm text-slate-700">
            Evidence:{" "}
            {verifiedPct === null
              ? "no outcome records yet for the people counted"
              : `${verifiedPct}% of the ${evidence.total} outcome and exam records behind these figures are verified by staff`}
            {evidence.disputed > 0 ? `; ${evidence.disputed} disputed record${evidence.disputed === 1 ? " is" : "s are"} left out` : ""}.
            Learners who have left are shown by enrollment reference. Public output hides any figure over fewer than {DEFAULT_MIN_CELL}{" "}
            people.
          </p>
        </Card>
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
          {report.measures.map((m) => (
            <StandardMeasure
              key={m.id}
              measure={m}
              definition={measureDefinition(standard, m.id)}
              people={data.people}
              peopleCsv={`${base}/people.csv?standard=${standard}&year=${report.window.endYear}&measure=${m.id}`}
            />
          ))}
        </div>
        <Card title="Public outcomes page" className="no-print">
          <p className="mb-3 text-sm text-slate-700">
            {published.publicStandard ? (
              <>
                Published since {published.publicSince?.toISOString().slice(0, 10)}:{" "}
                <a className="text-brand-700 underline" href={`/outcomes/${published.slug}`}>
                  /outcomes/{published.slug}
                </a>{" "}
                shows the {OUTCOME_STANDARDS[published.publicStandard as OutcomeStandardId]?.name ?? published.publicStandard} figures of
                the latest ended year, with no names and no figure over fewer than {published.publicMinCell} people. Prospective learners
                can link it from their Chartpath shortlist.
              </>
            ) : (
              "Off. Publish one standard's latest figures so prospective learners can check them; no names are shown and small groups are hidden."
            )}
          </p>
          <ActionForm
            action={setPublicOutcomesAction}
            hidden={{ organizationId: orgId }}
            layout="grid"
            submitLabel="Save"
            successMessage="Saved."
            fields={[
              {
                kind: "select",
                name: "standard",
                label: "Publish",
                defaultValue: published.publicStandard ?? "OFF",
                options: [
                  { value: "OFF", label: "Nothing (page off)" },
                  ...OUTCOME_STANDARD_IDS.map((s) => ({ value: s, label: OUTCOME_STANDARDS[s].name })),
                ],
              },
              {
                kind: "number",
                name: "minCell",
                label: "Hide figures over fewer than",
                defaultValue: String(published.publicMinCell),
                hint: "people (5 to 50)",
              },
            ]}
          />
        </Card>
      </div>
    </>
  );
}
