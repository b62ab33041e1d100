import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";
import { createOrganizationAction } from "@/lib/actions/programs/create-organization";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { ActionForm } from "@/lib/ui/forms/action-form";

export const metadata: Metadata = { title: "Create a program" };

export default async function NewProgramPage() {
  await requireUser();
  return (
    <>
      <PageHeader
        title="Create a training program"
        subtitle="You become its admin: add cohorts, invite advisors and learners, and follow outcomes."
      />
      <Card>
        <ActionForm
          action={createOrganizationAction}
          submitLabel="Create program"
          pendingLabel="Creating…"
          fields={[
            {
              kind: "text",
              name: "name",
              label: "Program name",
              required: true,
              maxLength: 120,
              hint: "For example: Lakeside College — Medical Coding Certificate",
            },
            { kind: "textarea", name: "description", label: "Description (optional)", maxLength: 500, rows: 3 },
          ]}
        />
      </Card>
    </>
  );
}
