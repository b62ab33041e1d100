// What the board says to screen-reader users while a card is dragged (dnd-kit's live region),
// in plain words: "Picked up Lakeshore Health, Medical Coder I, in Applied." Pure functions so
// the wording is unit-tested.
import { stageChipLabel, columnLabel, type BoardColumnId } from "@/lib/domain/application-board";
import type { ApplicationStage } from "@/lib/domain/applications";

export interface CardSummary {
  company: string;
  title: string;
  stage: ApplicationStage;
}

export const cardName = (c: Pick<CardSummary, "company" | "title">) => `${c.company}, ${c.title}`;

export const BOARD_INSTRUCTIONS =
  "To move an application, press Space or Enter on its move button, use the left and right arrow keys to choose a column, then press Space or Enter to drop it there, or Escape to cancel.";

export function pickedUp(card: CardSummary): string {
  return `Picked up ${cardName(card)}, in ${stageChipLabel(card.stage)}.`;
}

export function movedOver(column: BoardColumnId | null): string {
  return column ? `Moved over ${columnLabel(column)}.` : "Not over a column.";
}

export function dropped(card: CardSummary, column: BoardColumnId | null, fromColumn: BoardColumnId): string {
  if (!column || column === fromColumn) return `Dropped. ${cardName(card)} stays in ${stageChipLabel(card.stage)}.`;
  if (column === "CLOSED") return `Dropped in Closed. Choose how ${card.company} closed.`;
  return `Dropped in ${columnLabel(column)}.`;
}

export function cancelled(card: CardSummary): string {
  return `Move cancelled. ${cardName(card)} stays in ${stageChipLabel(card.stage)}.`;
}
