"use client";
// The kanban: six columns (lib/domain/application-board), cards dragged by mouse, touch or
// keyboard with dnd-kit, moves shown at once and rolled back on error (use-board-moves).
// The live region speaks each step in plain words (board-announcements).
import { useId, useMemo, useState, useSyncExternalStore } from "react";
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MouseSensor,
  TouchSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from "@dnd-kit/core";
import { BOARD_COLUMNS, columnOf, groupByColumn, isBoardColumnId, stageForDrop, type BoardColumnId } from "@/lib/domain/application-board";
import { BOARD_INSTRUCTIONS, cancelled, dropped, movedOver, pickedUp } from "./board-announcements";
import { boardCollision, columnKeyboardCoordinates } from "./board-keyboard";
import { BoardColumn } from "./board-column";
import { CardBody, DraggableCard } from "./board-card";
import { CloseChooser } from "./close-chooser";
import type { BoardCard } from "./board-types";
import { useBoardMoves } from "./use-board-moves";

const asCard = (data: unknown) => data as BoardCard;
const asColumn = (id: unknown): BoardColumnId | null => (isBoardColumnId(id) ? id : null);

/**
 * dnd-kit reports "over" as soon as a card is picked up (its own column); saying "Moved over
 * Saved" then would drown "Picked up …", so only a change of column is spoken.
 */
function boardAnnouncements(): Announcements {
  let last: BoardColumnId | null = null;
  return {
    onDragStart: ({ active }) => {
      const card = asCard(active.data.current);
      last = columnOf(card.stage);
      return pickedUp(card);
    },
    onDragOver: ({ over }) => {
      const column = asColumn(over?.id);
      if (column === last) return undefined;
      last = column;
      return movedOver(column);
    },
    onDragEnd: ({ active, over }) => {
      const card = asCard(active.data.current);
      return dropped(card, asColumn(over?.id), columnOf(card.stage));
    },
    onDragCancel: ({ active }) => cancelled(asCard(active.data.current)),
  };
}

/** Closed shows this many cards before "Show all": it is the archive, not the work. */
const CLOSED_VISIBLE = 3;

export function BoardClient({ cards }: { cards: BoardCard[] }) {
  const { shown, move } = useBoardMoves(cards);
  const [announcements] = useState(boardAnnouncements);
  const [active, setActive] = useState<BoardCard | null>(null);
  const [closing, setClosing] = useState<BoardCard | null>(null);
  const [showAllClosed, setShowAllClosed] = useState(false);
  const columns = useMemo(() => groupByColumn(shown), [shown]);
  const byId = useMemo(() => new Map(shown.map((c) => [c.id, c])), [shown]);
  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 6 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 200, tolerance: 8 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter: columnKeyboardCoordinates((id) => {
        const card = byId.get(String(id));
        return card ? columnOf(card.stage) : undefined;
      }),
    }),
  );

  function onDragEnd({ active: a, over }: DragEndEvent) {
    setActive(null);
    const card = byId.get(String(a.id));
    const column = asColumn(over?.id);
    if (!card || !column) return;
    const stage = stageForDrop(card.stage, column);
    if (stage) move(card, stage);
    else if (column === "CLOSED" && columnOf(card.stage) !== "CLOSED") setClosing(card);
  }

  // True once hydrated: before that the server-rendered cards cannot be dragged or opened, and
  // `data-board-ready` lets tests (and styles) wait for the real board instead of guessing.
  const ready = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const focusCard = (id: string) => document.querySelector<HTMLElement>(`[data-card-handle="${CSS.escape(id)}"]`)?.focus();

  return (
    <DndContext
      id={useId()}
      sensors={sensors}
      collisionDetection={boardCollision}
      // Focus is put back by use-board-moves (the moved card is a new node in another column);
      // dnd-kit's own restore would also steal focus from the Closed chooser.
      accessibility={{ announcements, screenReaderInstructions: { draggable: BOARD_INSTRUCTIONS }, restoreFocus: false }}
      onDragStart={({ active: a }) => setActive(byId.get(String(a.id)) ?? null)}
      onDragCancel={() => setActive(null)}
      onDragEnd={onDragEnd}
    >
      <div
        role="group"
        aria-label="Application board"
        data-board-ready={ready ? "" : undefined}
        className="grid snap-x snap-mandatory auto-cols-[minmax(15rem,85%)] grid-flow-col gap-3 overflow-x-auto pb-3 sm:snap-none sm:auto-cols-[minmax(10.5rem,1fr)]"
      >
        {BOARD_COLUMNS.map((col) => {
          const list = columns[col.id];
          const closed = col.id === "CLOSED";
          const visible = closed && !showAllClosed ? list.slice(0, CLOSED_VISIBLE) : list;
          const column = (
            <BoardColumn
              key={col.id}
              id={col.id}
              label={col.label}
              count={list.length}
              dragging={active !== null}
              accepts={active !== null && columnOf(active.stage) !== col.id}
            >
              {visible.map((c) => (
                <DraggableCard key={c.id} card={c} compact={closed} onMove={(to) => move(c, to)} />
              ))}
              {closed && list.length > CLOSED_VISIBLE && (
                <li>
                  <button
                    type="button"
                    aria-expanded={showAllClosed}
                    onClick={() => setShowAllClosed((v) => !v)}
                    className="w-full rounded px-2 py-1 text-left text-sm font-medium text-brand-800 underline"
                  >
                    {showAllClosed ? "Show fewer" : `Show all ${list.length} closed`}
                  </button>
                </li>
              )}
            </BoardColumn>
          );
          return closed ? (
            <CloseChooser
              key={col.id}
              card={closing}
              anchor={column}
              onChoose={(card, stage) => {
                setClosing(null);
                move(card, stage);
              }}
              onCancel={(card) => {
                setClosing(null);
                requestAnimationFrame(() => focusCard(card.id));
              }}
            />
          ) : (
            column
          );
        })}
      </div>
      <DragOverlay dropAnimation={null}>
        {active && (
          <div className="rotate-1 cursor-grabbing rounded-md border border-brand-600 bg-white p-2 shadow-xl">
            <CardBody card={active} />
          </div>
        )}
      </DragOverlay>
    </DndContext>
  );
}
