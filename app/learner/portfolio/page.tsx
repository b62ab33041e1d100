import type { Metadata } from "next";
import { requirePermission } from "@/lib/auth/require-permission";
import { listPortfolio } from "@/lib/data/job-hunt/portfolio";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { formatDate } from "@/lib/ui/format";
import { DeletePortfolioItem, PortfolioForm } from "@/lib/ui/job-hunt/portfolio-form";

export const metadata: Metadata = { title: "Portfolio" };

export default async function PortfolioPage() {
  const user = await requirePermission("read:learner-area:own");
  const items = await listPortfolio(user);
  return (
    <>
      <PageHeader
        title="Portfolio"
        subtitle="Redacted coding exercises and case studies you can show an employer when you have no coding job yet."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Add an item" id="add-item">
          <PortfolioForm />
        </Card>
        <Card title={`Your items (${items.length})`}>
          {items.length === 0 ? (
            <EmptyState action={{ label: "Add an item", href: "#add-item" }}>
              No items yet. Write up a practice chart you coded — the scenario, the codes you chose and why — with every patient detail
              removed.
            </EmptyState>
          ) : (
            <ul className="space-y-4">
              {items.map((i) => (
                <li key={i.id} className="border-b border-slate-100 pb-3">
                  <h3 className="font-semibold">{i.title}</h3>
                  <p className="text-sm text-slate-600">
                    {i.description ? `${i.description} · ` : ""}
                    {formatDate(i.createdAt)}
                  </p>
                  <p className="mt-1 whitespace-pre-wrap text-sm">{i.body}</p>
                  <DeletePortfolioItem id={i.id} title={i.title} />
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </>
  );
}
