import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { enrollmentsForAdmin } from "@/lib/data/programs/enrollments";
import { surveyResponseCounts } from "@/lib/data/programs/graduate-surveys";
import { GraduateSurveyResponses } from "@/lib/ui/programs/graduate-surveys";
import { NotFoundError } from "@/lib/data/errors";
import { exitDate } from "@/lib/domain/outcome-records";
import { ENTRY_KIND_LABEL } from "@/lib/domain/enrollment-changes";
import { ENROLLMENT_CSV_HEADERS } from "@/lib/domain/enrollment-import";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { DataTable } from "@/lib/ui/primitives/data-table";
import { EnrollmentStatusBadge } from "@/lib/ui/programs/enrollment-labels";
import { EnrollmentImportForm } from "@/lib/ui/programs/enrollment-import-form";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";

export const metadata: Metadata = { title: "Enrollment records" };

type Row = Awaited<ReturnType<typeof enrollmentsForAdmin>>["rows"][number];

export default async function EnrollmentsPage({
  params,
  searchParams,
}: {
  params: Promise<{ orgId: string }>;
  searchParams: Promise<{ cohort?: string }>;
}) {
  const user = await requirePermission("manage:enrollment:org");
  const { orgId } = await params;
  const { cohort } = await searchParams;
  const [data, surveyCounts] = await Promise.all([
    enrollmentsForAdmin(user, orgId, typeof cohort === "string" && cohort ? cohort : undefined),
    surveyResponseCounts(user, orgId),
  ]).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const base = `/programs/${orgId}/enrollments`;
  const counts = { ENROLLED: 0, COMPLETED: 0, WITHDRAWN: 0, TRANSFERRED: 0 };
  for (const r of data.rows) counts[r.record.status] += 1;
  const former = data.rows.filter((r) => r.name === null).length;
  return (
    <>
      <p className="no-print mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/programs/${orgId}`}>
          ← {data.org.name}
        </Link>
      </p>
      <PageHeader
        title="Enrollment records"
        subtitle={`${data.rows.length} enrollment${data.rows.length === 1 ? "" : "s"}: ${counts.ENROLLED} enrolled, ${counts.COMPLETED} graduated, ${counts.WITHDRAWN} withdrawn, ${counts.TRANSFERRED} transferred. These records stay when a learner leaves Chartpath; ${former} belong to former members, shown by reference only.`}
        actions={
          <Link className={buttonVariants({ size: "sm", variant: "secondary" })} href={`/programs/${orgId}/outcomes/standards`}>
            Accreditor reports
          </Link>
        }
      />
      <div className="grid grid-cols-1 gap-6">
        <Card title="Records">
          <nav aria-label="Filter by cohort" className="mb-3 flex flex-wrap gap-2 text-sm">
            <Link aria-current={!cohort ? "page" : undefined} className={filterClass(!cohort)} href={base}>
              All cohorts
            </Link>
            {data.cohorts.map((c) => (
              <Link
                key={c.id}
                aria-current={cohort === c.id ? "page" : undefined}
                className={filterClass(cohort === c.id)}
                href={`${base}?cohort=${c.id}`}
              >
                {c.name}
              </Link>
            ))}
          </nav>
          {data.rows.length === 0 ? (
            <EmptyState action={{ label: "Invite learners", href: `/programs/${orgId}/import` }}>
              No enrollments yet. A record opens when a learner joins a cohort.
            </EmptyState>
          ) : (
            <DataTable<Row>
              caption="Enrollments, oldest start first"
              narrow="cards"
              rows={data.rows}
              rowKey={(r) => r.record.enrollmentId}
              columns={[
                {
                  key: "learner",
                  header: "Learner",
                  cell: (r) => (
                    <Link className="font-semibold text-brand-800 underline" href={`${base}/${r.record.enrollmentId}`}>
                      {r.name ?? `Former learner ${r.ref}`}
                    </Link>
                  ),
                },
                { key: "ref", header: "Ref", cell: (r) => <code className="text-xs whitespace-nowrap">{r.ref}</code> },
                { key: "cohort", header: "Cohort", cell: (r) => r.cohortName },
                { key: "status", header: "Status", cell: (r) => <EnrollmentStatusBadge status={r.record.status} /> },
                { key: "start", header: "Started", cell: (r) => `${r.record.startedOn} · ${ENTRY_KIND_LABEL[r.record.entryKind]}` },
                { key: "end", header: "Left or graduated", cell: (r) => exitDate(r.record) ?? "—" },
                {
                  key: "evidence",
                  header: "Evidence verified",
                  cell: (r) =>
                    r.evidence.total === 0
                      ? "No outcomes yet"
                      : `${r.evidence.verified} of ${r.evidence.total}${r.evidence.disputed ? ` · ${r.evidence.disputed} disputed` : ""}`,
                },
              ]}
            />
          )}
        </Card>
        <Card title="Graduate surveys">
          <p className="mb-2 text-sm text-slate-700">
            Each graduate is emailed a short survey with a single-use link (no account needed) at graduation, 90 and 180 days later, and
            before NACE&rsquo;s 31 December cut-off, with up to two reminders; answers arrive as outcome records from the graduate survey.
          </p>
          <GraduateSurveyResponses counts={surveyCounts} />
        </Card>
        <Card title="Update many from a CSV" id="import">
          <p className="mb-2 text-sm text-slate-700">
            One row per enrollment. Columns: <code className="text-xs">{ENROLLMENT_CSV_HEADERS.join(", ")}</code>. Name the enrollment by
            its <strong>ref</strong> (above) or the learner&rsquo;s <strong>email</strong> (add <strong>cohort</strong> if they have more
            than one). <strong>status</strong> is enrolled, graduated, withdrawn or transferred; <strong>date</strong> is the graduation,
            withdrawal or transfer date (YYYY-MM-DD). The file is applied only if every row is right.
          </p>
          <p className="mb-3 text-sm">
            <a className="text-brand-700 underline" href={`${base}/template.csv`}>
              Download this program&rsquo;s records as a CSV to edit
            </a>
          </p>
          <EnrollmentImportForm organizationId={orgId} />
        </Card>
      </div>
    </>
  );
}

const filterClass = (active: boolean) =>
  active
    ? "rounded-full bg-brand-700 px-3 py-1 font-semibold text-white"
    : "rounded-full px-3 py-1 font-semibold text-brand-800 ring-1 ring-brand-700";
