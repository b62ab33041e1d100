import type { Metadata } from "next";
import Link from "next/link";
import { requirePermission } from "@/lib/auth/require-permission";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { ImportForm } from "@/lib/ui/job-hunt/import-form";

export const metadata: Metadata = { title: "Import applications" };

export default async function ImportPage() {
  await requirePermission("read:learner-area:own");
  return (
    <>
      <PageHeader
        title="Import applications from a spreadsheet"
        subtitle="Bring the applications you tracked in Excel, Google Sheets, Huntr or Teal. Every row is checked first; all rows are imported together, or none."
        actions={
          <Link href="/learner/applications" className="text-sm font-medium text-brand-800 underline">
            All applications
          </Link>
        }
      />
      <Card>
        <ImportForm />
      </Card>
    </>
  );
}
