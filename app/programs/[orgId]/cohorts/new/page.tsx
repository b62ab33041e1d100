import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { createCohortAction } from "@/lib/actions/programs/create-cohort";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { cohortFields } from "@/lib/ui/programs/cohort-fields";
import { notFound } from "next/navigation";

export const metadata: Metadata = { title: "New cohort" };

export default async function NewCohortPage({ params }: { params: Promise<{ orgId: string }> }) {
  const user = await requirePermission("manage:cohort:org");
  const { orgId } = await params;
  if (!user.adminOrgIds.includes(orgId)) notFound();
  return (
    <>
      <PageHeader title="New cohort" subtitle="A join code is created with the cohort; you can turn it off or regenerate it later." />
      <Card>
        <ActionForm
          action={createCohortAction}
          hidden={{ organizationId: orgId }}
          fields={cohortFields()}
          submitLabel="Create cohort"
          pendingLabel="Creating…"
        />
      </Card>
    </>
  );
}
