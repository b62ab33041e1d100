import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requirePermission } from "@/lib/auth/require-permission";
import { getOrganizationOverview } from "@/lib/data/programs/organizations";
import { NotFoundError } from "@/lib/data/errors";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { LearnerImportFlow } from "@/lib/ui/programs/learner-import-flow";

export const metadata: Metadata = { title: "Import learners" };

export default async function ImportPage({ params }: { params: Promise<{ orgId: string }> }) {
  const user = await requirePermission("invite:learner:org");
  const { orgId } = await params;
  const data = await getOrganizationOverview(user, orgId).catch((e) => {
    if (e instanceof NotFoundError) notFound();
    throw e;
  });
  const cohorts = data.cohorts.filter((c) => !c.archivedAt).map((c) => ({ id: c.id, name: c.name }));
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/programs/${orgId}`}>
          ← {data.org.name}
        </Link>
      </p>
      <PageHeader title="Import learners" subtitle="Upload a roster; check the preview; then invite everyone in one step." />
      <Card>
        <LearnerImportFlow organizationId={orgId} cohorts={cohorts} />
      </Card>
    </>
  );
}
