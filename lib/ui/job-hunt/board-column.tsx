"use client";
// A droppable column. While a card is dragged every column shows a dashed drop zone, the one
// under the card is highlighted and shows a placeholder where the card will land.
import { useDroppable } from "@dnd-kit/core";
import type { BoardColumnId } from "@/lib/domain/application-board";

export function BoardColumn({
  id,
  label,
  count,
  dragging,
  accepts,
  children,
}: {
  id: BoardColumnId;
  label: string;
  count: number;
  /** A card is being dragged (show drop zones). */
  dragging: boolean;
  /** The dragged card would move if dropped here (it is not its own column). */
  accepts: boolean;
  children: React.ReactNode;
}) {
  const { setNodeRef, isOver } = useDroppable({ id });
  const zone =
    dragging && accepts
      ? isOver
        ? "bg-brand-50 outline-2 -outline-offset-2 outline-brand-600"
        : "outline-2 -outline-offset-2 outline-dashed outline-slate-400"
      : "";
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={`col-${id}`}
      className={`relative flex min-w-0 flex-1 snap-start flex-col rounded-lg bg-slate-100 p-2 transition-colors ${zone}`}
    >
      <h2 id={`col-${id}`} className="px-1 text-sm font-semibold text-slate-800">
        {label} <span className="font-normal">({count})</span>
      </h2>
      <ul className="mt-2 flex-1 space-y-2">
        {children}
        {dragging && accepts && isOver && (
          <li aria-hidden className="h-14 rounded-md border-2 border-dashed border-brand-600 bg-white/60" />
        )}
      </ul>
    </section>
  );
}
