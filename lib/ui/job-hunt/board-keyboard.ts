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

/**
 * Arrow keys move the card a whole column. The target column is remembered per drag (keyed
 * by the event that started it) rather than read back from dnd-kit's "over", which lags a
 * render behind: two quick presses would otherwise land on the same column.
 */
export function columnKeyboardCoordinates(
  startColumn: (active: UniqueIdentifier) => UniqueIdentifier | undefined,
): KeyboardCoordinateGetter {
  const target = new WeakMap<Event, UniqueIdentifier>();
  return (event, { active, context }) => {
    const step = event.code === KeyboardCode.Right ? 1 : event.code === KeyboardCode.Left ? -1 : 0;
    if (event.code === KeyboardCode.Up || event.code === KeyboardCode.Down) event.preventDefault();
    const dragged = context.collisionRect ?? context.draggingNodeRect;
    const drag = context.activatorEvent;
    if (step === 0 || !dragged || !drag) return undefined;
    event.preventDefault();
    const columns = context.droppableContainers
      .getEnabled()
      .flatMap((c) => {
        const rect = context.droppableRects.get(c.id);
        return rect ? [{ id: c.id, rect }] : [];
      })
      .sort((a, b) => a.rect.left - b.rect.left);
    const current = target.get(drag) ?? context.over?.id ?? startColumn(active);
    const next = columns[columns.findIndex((c) => c.id === current) + step];
    if (!next) return undefined;
    target.set(drag, next.id);
    // The dragged card's top-left, centred on the next column near its top.
    return { x: next.rect.left + (next.rect.width - dragged.width) / 2, y: next.rect.top + 40 };
  };
}
