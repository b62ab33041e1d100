// The component gallery: every design-system primitive in each of its states, for reviewing the
// look and for the axe check in tests/e2e/design-system.spec.ts. Development and demo mode only.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import type { ActionState } from "@/lib/actions/action";
import { designPageEnabled } from "@/lib/env";
import { Card } from "@/lib/ui/card";
import { ConfirmDemo } from "@/lib/ui/design/confirm-demo";
import { TableDemo } from "@/lib/ui/design/table-demo";
import { ToastDemo } from "@/lib/ui/design/toast-demo";
import { EmptyState } from "@/lib/ui/empty-state";
import { TextField } from "@/lib/ui/form-controls";
import { CheckboxField, FileField, RadioGroup, SelectField, TextAreaField } from "@/lib/ui/forms/controls";
import { PageHeader } from "@/lib/ui/page-header";
import { Badge } from "@/lib/ui/primitives/badge";
import { BADGE_TONES } from "@/lib/ui/primitives/badge-variants";
import { Button } from "@/lib/ui/primitives/button";
import type { ButtonVariant } from "@/lib/ui/primitives/button-variants";
import { Skeleton } from "@/lib/ui/primitives/skeleton";

export const metadata: Metadata = { title: "Design system" };

const VARIANTS: ButtonVariant[] = ["primary", "secondary", "ghost", "destructive", "destructive-subtle"];
const idle: ActionState = { status: "idle" };
const withErrors: ActionState = {
  status: "error",
  code: "invalid",
  formError: "Check the highlighted fields.",
  fieldErrors: { "demo-email": ["Enter an email address, like name@example.com."], "demo-plan": ["Choose a route."] },
  values: { "demo-email": "not-an-email" },
};
const BADGE_TEXT = { neutral: "Archived", info: "New", success: "On track", warning: "1 behind", danger: "10 behind" } as const;

export default async function DesignPage() {
  await connection(); // decided per request from the runtime environment, not at build time
  if (!designPageEnabled()) notFound();
  return (
    <>
      <PageHeader
        title="Design system"
        subtitle="Every component of lib/ui/primitives in each state. Shown in development and demo mode only."
      />
      <div className="grid grid-cols-1 gap-6">
        <Card title="Buttons">
          <div className="space-y-3">
            {VARIANTS.map((v) => (
              <div key={v} className="flex flex-wrap items-center gap-2">
                <span className="w-full text-sm text-slate-600 sm:w-36">{v}</span>
                <Button variant={v}>Save</Button>
                <Button variant={v} size="sm">
                  Small
                </Button>
                <Button variant={v} pending pendingLabel="Saving…">
                  Save
                </Button>
                <Button variant={v} disabled>
                  Disabled
                </Button>
              </div>
            ))}
          </div>
        </Card>
        <Card title="Badges">
          <div className="flex flex-wrap gap-2">
            {BADGE_TONES.map((t) => (
              <Badge key={t} tone={t}>
                {BADGE_TEXT[t]}
              </Badge>
            ))}
          </div>
        </Card>
        <Card title="Form fields">
          <div className="grid gap-4 md:grid-cols-2">
            <TextField name="demo-name" label="Full name" state={idle} hint="As it appears on your exam registration." />
            <TextField name="demo-email" label="Email (with an error)" type="email" state={withErrors} />
            <SelectField
              name="demo-credential"
              label="Credential"
              state={idle}
              options={[
                { value: "CPC", label: "CPC" },
                { value: "CCS", label: "CCS" },
              ]}
            />
            <TextAreaField name="demo-notes" label="Notes" state={idle} rows={3} />
            <CheckboxField id="field-demo-share" name="demo-share" label="Share my progress with my advisor" state={idle} defaultChecked />
            <RadioGroup
              id="field-demo-plan"
              name="demo-plan"
              label="Training route (with an error)"
              state={withErrors}
              options={[
                { value: "cert", label: "Certificate program", description: "About 9 months." },
                { value: "degree", label: "Associate degree", description: "About 2 years." },
              ]}
            />
            <div className="md:col-span-2">
              <FileField name="demo-file" label="Roster file (CSV)" state={idle} accept=".csv,text/csv" dropHint="CSV, up to 2 MB" />
            </div>
          </div>
        </Card>
        <Card title="Tables">
          <TableDemo />
        </Card>
        <Card title="Empty states">
          <div className="space-y-3">
            <EmptyState action={{ label: "Log a practice exam", href: "#confirm-demo" }}>No practice exams yet.</EmptyState>
            <EmptyState action={null}>No advisor has opened your dashboard yet.</EmptyState>
          </div>
        </Card>
        <Card title="Skeleton">
          <div aria-busy="true" className="space-y-2">
            <span className="sr-only">Loading example…</span>
            <Skeleton className="h-6 w-1/3" />
            <Skeleton className="h-4 w-full" />
            <Skeleton className="h-4 w-5/6" />
          </div>
        </Card>
        <Card title="Toasts">
          <ToastDemo />
        </Card>
        <Card title="Confirm dialog" id="confirm-demo">
          <ConfirmDemo />
        </Card>
      </div>
    </>
  );
}
