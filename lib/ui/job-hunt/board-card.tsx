"use client";
// One draggable card. A mouse drags the whole card (after 6 px, so clicks on its link still
// work), a finger after a short press (so the board still scrolls), and the keyboard through
// the grip button, which is the card's one tab stop for moving it.
import Link from "next/link";
import { useDraggable } from "@dnd-kit/core";
import { GripVertical } from "lucide-react";
import type { ApplicationStage } from "@/lib/domain/applications";
import { BoardCardMenu } from "./board-card-menu";
import { StageChip } from "./stage-chip";
import type { BoardCard as Card } from "./board-types";

const FOLLOW_UP_TONE = { overdue: "font-semibold text-red-700", today: "font-semibold text-amber-800", later: "text-slate-600" };

export function CardBody({
  card,
  compact,
  handle,
  menu,
}: {
  card: Card;
  compact?: boolean;
  handle?: React.ReactNode;
  menu?: React.ReactNode;
}) {
  return (
    <div className="flex items-start gap-1">
      {handle}
      <div className="min-w-0 flex-1">
        <Link
          href={`/learner/applications/${card.id}`}
          title={compact ? card.company : undefined}
          className={`block text-sm font-semibold text-brand-800 underline ${compact ? "truncate" : "break-words hyphens-auto"}`}
        >
          {card.company}
        </Link>
        <p className={`text-sm text-slate-800 ${compact ? "truncate" : ""}`}>{card.title}</p>
        <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1">
          <StageChip stage={card.stage} />
          {!compact && card.meta && <span className="text-xs text-slate-600">{card.meta}</span>}
        </div>
        {card.followUp && <p className={`mt-1 text-xs ${FOLLOW_UP_TONE[card.followUp.tone]}`}>{card.followUp.text}</p>}
      </div>
      {menu}
    </div>
  );
}

export function DraggableCard({ card, compact, onMove }: { card: Card; compact?: boolean; onMove: (to: ApplicationStage) => void }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: card.id, data: card });
  const { onKeyDown, ...pointer } = listeners ?? {};
  return (
    <li
      ref={setNodeRef}
      aria-label={`${card.company} — ${card.title}`}
      {...pointer}
      className={`relative cursor-grab touch-manipulation rounded-md border bg-white p-2 shadow-sm ${isDragging ? "border-dashed border-slate-400 opacity-40" : "border-slate-200"}`}
    >
      <CardBody
        card={card}
        compact={compact}
        handle={
          <button
            type="button"
            ref={setActivatorNodeRef}
            data-card-handle={card.id}
            {...attributes}
            onKeyDown={onKeyDown as React.KeyboardEventHandler | undefined}
            aria-label={`Move ${card.company}, ${card.title}`}
            className="-ml-1 mt-0.5 shrink-0 cursor-grab touch-none rounded p-0.5 text-slate-500 hover:bg-slate-100 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-brand-600"
          >
            <GripVertical aria-hidden className="size-4" />
          </button>
        }
        menu={<BoardCardMenu card={card} onMove={onMove} />}
      />
    </li>
  );
}
