// Notes an advisor shared with the learner, shown on the learner's dashboard.
import Link from "next/link";
import { Card } from "@/lib/ui/card";
import { formatDate } from "@/lib/ui/format";

interface Note {
  id: string;
  body: string;
  createdAt: Date;
  author: { name: string } | null;
  organization: { name: string };
}

export function SharedNotesCard({ notes }: { notes: Note[] }) {
  if (notes.length === 0) return null;
  return (
    <Card title="Notes from your advisor">
      <ul className="divide-y divide-slate-100">
        {notes.map((n) => (
          <li key={n.id} className="py-2 text-sm">
            <p className="whitespace-pre-wrap">{n.body}</p>
            <p className="mt-1 text-xs text-slate-600">
              {n.author?.name ?? "Former staff"} · {n.organization.name} · {formatDate(n.createdAt)}
            </p>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">
        <Link className="underline" href="/learner/privacy">
          All notes and who viewed your dashboard →
        </Link>
      </p>
    </Card>
  );
}
