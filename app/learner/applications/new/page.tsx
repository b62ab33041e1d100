import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { NewApplicationForm } from "@/lib/ui/job-hunt/new-application-form";

export const metadata: Metadata = { title: "Add an application" };

export default async function NewApplicationPage() {
  await requirePermission("read:learner-area:own");
  return (
    <>
      <PageHeader
        title="Add an application"
        subtitle="Save a job you are interested in, or record one you applied for (set “Applied on”)."
      />
      <Card>
        <NewApplicationForm />
      </Card>
    </>
  );
}
