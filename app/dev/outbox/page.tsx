import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { headers } from "next/headers";
import { connection } from "next/server";
import { listOutbox } from "@/lib/data/outbox";
import { NotFoundError } from "@/lib/data/errors";
import { PageHeader } from "@/lib/ui/page-header";
import { Card } from "@/lib/ui/card";
import { EmptyState } from "@/lib/ui/empty-state";
import { LinkifiedText } from "@/lib/ui/linkified-text";

export const metadata: Metadata = { title: "Development outbox" };

async function messagesOrNotFound() {
  try {
    return await listOutbox(await headers());
  } catch (error) {
    if (error instanceof NotFoundError) notFound(); // off, or asked from another machine
    throw error;
  }
}

export default async function OutboxPage() {
  await connection(); // always rendered per request: the outbox changes constantly
  const messages = await messagesOrNotFound();
  return (
    <>
      <PageHeader
        title="Development outbox"
        subtitle="Emails Chartpath would have sent. Visible only in development and demo mode, and only from this machine."
      />
      {messages.length === 0 && <EmptyState action={null}>No emails yet.</EmptyState>}
      <div className="grid gap-4">
        {messages.map((m) => (
          <Card key={m.id}>
            <article aria-label={`Email to ${m.toAddress}: ${m.subject}`}>
              <h2 className="font-semibold">{m.subject}</h2>
              <p className="text-sm text-slate-600">
                To {m.toAddress} · {m.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC · {m.status}
              </p>
              <pre className="mt-3 whitespace-pre-wrap font-sans text-sm">
                <LinkifiedText text={m.textBody} />
              </pre>
            </article>
          </Card>
        ))}
      </div>
    </>
  );
}
