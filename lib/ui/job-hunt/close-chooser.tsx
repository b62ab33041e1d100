"use client";
// Dropping a card on "Closed" asks how it closed: four stages share that column and none is
// a safe default (a rejection and a withdrawal mean different things in the funnel), so the
// choice is one press away in a small popover anchored to the column, focused on open.
import * as Popover from "@radix-ui/react-popover";
import { CLOSED_STAGES } from "@/lib/domain/application-board";
import { APPLICATION_STAGE_LABELS, type ApplicationStage } from "@/lib/domain/applications";
import type { BoardCard } from "./board-types";

export function CloseChooser({
  card,
  anchor,
  onChoose,
  onCancel,
}: {
  card: BoardCard | null;
  anchor: React.ReactNode;
  onChoose: (card: BoardCard, stage: ApplicationStage) => void;
  onCancel: (card: BoardCard) => void;
}) {
  return (
    <Popover.Root open={card !== null} onOpenChange={(open) => !open && card && onCancel(card)}>
      <Popover.Anchor className="flex min-w-0 snap-start">{anchor}</Popover.Anchor>
      <Popover.Portal>
        {card && (
          <Popover.Content
            side="bottom"
            align="end"
            sideOffset={6}
            collisionPadding={8}
            aria-label={`How did ${card.company} close?`}
            onCloseAutoFocus={(e) => e.preventDefault()}
            className="z-50 w-60 rounded-md border border-slate-200 bg-white p-3 shadow-lg"
          >
            <p className="text-sm font-semibold text-slate-900">How did {card.company} close?</p>
            <div className="mt-2 grid gap-1">
              {CLOSED_STAGES.filter((s) => s !== card.stage).map((s) => (
                <button
                  key={s}
                  type="button"
                  onClick={() => onChoose(card, s)}
                  className="rounded border border-slate-300 px-2 py-1.5 text-left text-sm text-slate-800 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-600"
                >
                  {APPLICATION_STAGE_LABELS[s]}
                </button>
              ))}
              <Popover.Close className="mt-1 rounded px-2 py-1 text-left text-sm text-slate-600 underline">Cancel</Popover.Close>
            </div>
          </Popover.Content>
        )}
      </Popover.Portal>
    </Popover.Root>
  );
}
