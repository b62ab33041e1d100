// Keyboard and collision rules for the board's drag and drop. Arrow keys jump a whole column
// (dnd-kit's default nudges 25 px, which would take dozens of presses), and a drop is
// decided by the pointer when there is one, by overlap when moving by keyboard.
import {
  KeyboardCode,
  pointerWithin,
  rectIntersection,
  type CollisionDetection,
  type KeyboardCoordinateGetter,
  type UniqueIdentifier,
} from "@dnd-kit/core";

export const boardCollision: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  return hits.length > 0 ? hits : rectIntersection(args);
};

export function columnKeyboardCoordinates(
  startColumn: (active: UniqueIdentifier) => UniqueIdentifier | undefined,
): KeyboardCoordinateGetter {
  return (event, { active, currentCoordinates, context }) => {
    const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
    if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) event.preventDefault();
    const dragged = context.collisionRect;
    if (step === 0 || !dragged) return undefined;
    event.preventDefault();
    const columns = context.droppableContainers
      .getEnabled()
      .flatMap((c) => {
        const rect = context.droppableRects.get(c.id);
        return rect ? [{ id: c.id, rect }] : [];
      })
      .sort((a, b) => a.rect.left - b.rect.left);
    const current = context.over?.id ?? startColumn(active);
    const next = columns[columns.findIndex((c) => c.id === current) + step];
    if (!next) return undefined;
    // Move the dragged card's centre onto the next column's centre line, near its top.
    const dx = next.rect.left + next.rect.width / 2 - (dragged.left + dragged.width / 2);
    const dy = next.rect.top + 48 - dragged.top;
    return { x: currentCoordinates.x + dx, y: currentCoordinates.y + dy };
  };
}
