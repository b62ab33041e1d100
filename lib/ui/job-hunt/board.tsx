// Board view (server): turns the listed applications into display-ready cards for the client
// kanban (board-client.tsx). Stage changes without JavaScript stay on the application's own
// page ("Stage" card), which every card links to.
import type { ApplicationListItem } from "@/lib/data/job-hunt/board";
import { WORK_MODE_LABELS, type WorkMode } from "@/lib/domain/application-fields";
import { formatDate } from "@/lib/ui/format";
import { LazyBoard } from "./lazy-board";
import type { BoardCard } from "./board-types";

function toCard(c: ApplicationListItem, today: string): BoardCard {
  const due = c.followUpOn ? c.followUpOn.toISOString().slice(0, 10) : null;
  const tone = due === null ? null : due < today ? "overdue" : due === today ? "today" : "later";
  return {
    id: c.id,
    company: c.company,
    title: c.title,
    stage: c.stage,
    meta: `${WORK_MODE_LABELS[c.workMode as WorkMode] ?? c.workMode}${c.matchScore !== null ? ` · match ${c.matchScore}` : ""}`,
    followUp: tone
      ? { tone, text: `Follow up ${formatDate(c.followUpOn)}${tone === "overdue" ? " (overdue)" : tone === "today" ? " (today)" : ""}` }
      : null,
  };
}

export function Board({ items, today }: { items: ApplicationListItem[]; today: string }) {
  return <LazyBoard cards={items.map((i) => toCard(i, today))} />;
}
