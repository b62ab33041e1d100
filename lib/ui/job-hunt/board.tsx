// Board view: a column per stage; each card has a "Move to" control (mouse and keyboard),
// and cards can also be dragged onto another column.
import Link from "next/link";
import type { ApplicationListItem } from "@/lib/data/job-hunt/board";
import { APPLICATION_STAGES, APPLICATION_STAGE_LABELS } from "@/lib/domain/applications";
import { WORK_MODE_LABELS, type WorkMode } from "@/lib/domain/application-fields";
import { formatDate } from "@/lib/ui/format";
import { MoveCardForm } from "./move-card-form";
import { DraggableCard, DropColumn } from "./board-dnd";

export function Board({ items, today }: { items: ApplicationListItem[]; today: string }) {
  return (
    <div className="flex gap-3 relative overflow-x-auto pb-3">
      {APPLICATION_STAGES.map((stage) => {
        const cards = items.filter((i) => i.stage === stage);
        return (
          <DropColumn key={stage} stage={stage} labelledBy={`col-${stage}`}>
            <h2 id={`col-${stage}`} className="px-1 text-sm font-semibold text-slate-800">
              {APPLICATION_STAGE_LABELS[stage]} <span className="font-normal">({cards.length})</span>
            </h2>
            <ul className="mt-2 space-y-2">
              {cards.map((c) => {
                const due = c.followUpOn ? c.followUpOn.toISOString().slice(0, 10) : null;
                return (
                  <DraggableCard key={c.id} id={c.id} stage={c.stage} label={`${c.company} — ${c.title}`}>
                    <Link href={`/learner/applications/${c.id}`} className="font-medium text-brand-800 underline">
                      {c.company}
                    </Link>
                    <p className="text-sm text-slate-800">{c.title}</p>
                    <p className="text-xs text-slate-600">
                      {WORK_MODE_LABELS[c.workMode as WorkMode] ?? c.workMode}
                      {c.matchScore !== null ? ` · match ${c.matchScore}` : ""}
                    </p>
                    {due && (
                      <p
                        className={`text-xs ${due < today ? "font-semibold text-red-700" : due === today ? "font-semibold text-amber-800" : "text-slate-600"}`}
                      >
                        Follow up {formatDate(c.followUpOn)}
                        {due < today ? " (overdue)" : due === today ? " (today)" : ""}
                      </p>
                    )}
                    <MoveCardForm id={c.id} stage={c.stage} label={c.company} />
                  </DraggableCard>
                );
              })}
            </ul>
          </DropColumn>
        );
      })}
    </div>
  );
}
