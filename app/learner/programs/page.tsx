// The program shortlist: concrete programs the learner is considering, compared side by side.
import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { listShortlist, MAX_SHORTLIST } from "@/lib/data/learner/shortlist";
import { addShortlistedProgramAction } from "@/lib/actions/learner/add-shortlisted-program";
import { updateShortlistedProgramAction } from "@/lib/actions/learner/update-shortlisted-program";
import { deleteShortlistedProgramAction } from "@/lib/actions/learner/delete-shortlisted-program";
import { ActionButton } from "@/lib/ui/forms/action-button";
import { ActionForm } from "@/lib/ui/forms/action-form";
import { shortlistFields } from "@/lib/ui/learner/shortlist-fields";
import { ShortlistTable } from "@/lib/ui/learner/shortlist-table";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { appUrl } from "@/lib/env";
import { publicOutcomes } from "@/lib/data/programs/standard-reports";
import { publicOutcomesSlug } from "@/lib/domain/public-outcomes-link";
import { PublishedOutcomes, type PublishedBeside } from "@/lib/ui/learner/published-outcomes";

export const metadata: Metadata = { title: "Program shortlist" };

export default async function ProgramsPage() {
  const user = await requirePermission("read:learner-area:own");
  const programs = await listShortlist(user);
  const base = appUrl();
  const published: PublishedBeside[] = [];
  const bySlug = new Map<string, Awaited<ReturnType<typeof publicOutcomes>>>();
  for (const p of programs) {
    const slug = publicOutcomesSlug(p.url, base);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, await publicOutcomes(slug));
    const found = slug ? bySlug.get(slug) : null;
    if (found) published.push({ name: p.name, typedPass: p.examPassRate, typedPlacement: p.placementRate, published: found });
  }
  return (
    <>
      <PageHeader
        title="Program shortlist"
        subtitle="Record the programs you are considering and compare them on accreditation, pass and placement rates, externship, cost and duration."
      />
      <Card title="Compare" className="mb-6">
        {programs.length === 0 ? (
          <EmptyState action={{ label: "Add a program", href: "#add-program" }}>
            No programs yet. Add two or three you are considering below; ask each for its exam pass rate and job placement rate.
          </EmptyState>
        ) : (
          <ShortlistTable programs={programs} />
        )}
      </Card>
      {published.length > 0 && (
        <Card title="Figures programs publish through Chartpath" className="mb-6">
          <PublishedOutcomes items={published} />
        </Card>
      )}
      {programs.length > 0 && (
        <Card title="Edit or remove" className="mb-6">
          <ul className="space-y-3">
            {programs.map((p) => (
              <li key={p.id} className="rounded-md border border-slate-200 p-3">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium">{p.name}</span>
                  <ActionButton
                    action={deleteShortlistedProgramAction}
                    fields={{ id: p.id }}
                    label="Delete"
                    context={p.name}
                    confirm={{
                      title: `Delete ${p.name}?`,
                      description: `${p.name} and your notes on it leave your shortlist. This cannot be undone.`,
                    }}
                  />
                </div>
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm text-brand-700 underline">Edit {p.name}</summary>
                  <div className="mt-2">
                    <ActionForm
                      action={updateShortlistedProgramAction}
                      fields={shortlistFields(p)}
                      idPrefix={`p-${p.id}-`}
                      submitLabel={`Save ${p.name}`}
                      successMessage="Saved."
                      layout="grid"
                    />
                  </div>
                </details>
              </li>
            ))}
          </ul>
        </Card>
      )}
      <Card title="Add a program" id="add-program">
        {programs.length >= MAX_SHORTLIST ? (
          <EmptyState action={null}>Your shortlist is full ({MAX_SHORTLIST}); remove one to add another.</EmptyState>
        ) : (
          <ActionForm
            action={addShortlistedProgramAction}
            fields={shortlistFields()}
            idPrefix="new-"
            resetOnSuccess
            submitLabel="Add to shortlist"
            successMessage="Added to your shortlist."
            layout="grid"
          />
        )}
      </Card>
    </>
  );
}
