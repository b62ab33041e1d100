// The board's columns: one per open stage plus Accepted, and one "Closed" column that folds
// the stages that ended without a job (Declined, Rejected, Withdrawn, No response), so the
// board has six columns instead of nine and every open stage fits a laptop screen.
import { APPLICATION_STAGE_LABELS, type ApplicationStage } from "@/lib/domain/applications";

export type BoardColumnId = "SAVED" | "APPLIED" | "INTERVIEWING" | "OFFER" | "ACCEPTED" | "CLOSED";

export interface BoardColumn {
  id: BoardColumnId;
  label: string;
  /** Stages whose cards this column shows, in the order a "which one?" choice lists them. */
  stages: readonly ApplicationStage[];
}

/** Stages that end an application without a job. Dropping a card on Closed asks which one. */
export const CLOSED_STAGES: readonly ApplicationStage[] = ["REJECTED", "GHOSTED", "WITHDRAWN", "DECLINED"];

export const BOARD_COLUMNS: readonly BoardColumn[] = [
  { id: "SAVED", label: "Saved", stages: ["SAVED"] },
  { id: "APPLIED", label: "Applied", stages: ["APPLIED"] },
  { id: "INTERVIEWING", label: "Interviewing", stages: ["INTERVIEWING"] },
  { id: "OFFER", label: "Offer", stages: ["OFFER"] },
  { id: "ACCEPTED", label: "Accepted", stages: ["ACCEPTED"] },
  { id: "CLOSED", label: "Closed", stages: CLOSED_STAGES },
];

export function isBoardColumnId(value: unknown): value is BoardColumnId {
  return typeof value === "string" && BOARD_COLUMNS.some((c) => c.id === value);
}

export function columnOf(stage: ApplicationStage): BoardColumnId {
  return BOARD_COLUMNS.find((c) => c.stages.includes(stage))?.id ?? "CLOSED";
}

export function columnLabel(id: BoardColumnId): string {
  return BOARD_COLUMNS.find((c) => c.id === id)?.label ?? id;
}

/**
 * The stage a drop on `column` means, or null when it must be asked (Closed has four) or
 * nothing changes (the card is already in that column).
 */
export function stageForDrop(from: ApplicationStage, column: BoardColumnId): ApplicationStage | null {
  if (columnOf(from) === column) return null;
  const target = BOARD_COLUMNS.find((c) => c.id === column);
  return target && target.stages.length === 1 ? (target.stages[0] ?? null) : null;
}

/** Items grouped by column, keeping their given order (the server's sort) within each. */
export function groupByColumn<T extends { stage: ApplicationStage }>(items: readonly T[]): Record<BoardColumnId, T[]> {
  const groups = Object.fromEntries(BOARD_COLUMNS.map((c) => [c.id, [] as T[]])) as Record<BoardColumnId, T[]>;
  for (const item of items) groups[columnOf(item.stage)].push(item);
  return groups;
}

/** Short stage name for a chip ("No response" rather than "No response (ghosted)"). */
export function stageChipLabel(stage: ApplicationStage): string {
  return stage === "GHOSTED" ? "No response" : APPLICATION_STAGE_LABELS[stage];
}
