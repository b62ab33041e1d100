// Arrow keys move a dragged card one whole column, remembering the target between quick presses.
import { describe, expect, it } from "vitest";
import { columnKeyboardCoordinates } from "@/lib/ui/job-hunt/board-keyboard";

const rect = (left: number) => ({ left, top: 100, width: 150, height: 400, right: left + 150, bottom: 500 });
const ids = ["SAVED", "APPLIED", "INTERVIEWING"];
const context = (activatorEvent: Event) =>
  ({
    activatorEvent,
    collisionRect: { left: 10, top: 120, width: 130, height: 80, right: 140, bottom: 200 },
    droppableContainers: { getEnabled: () => ids.map((id) => ({ id })) },
    droppableRects: new Map(ids.map((id, i) => [id, rect(i * 160)])),
    over: { id: "SAVED" }, // lags: still the start column after the first press
  }) as never;
const key = (code: string) => ({ code, preventDefault() {} }) as KeyboardEvent;

describe("columnKeyboardCoordinates", () => {
  it("jumps a column per press, even when dnd-kit's 'over' has not caught up", () => {
    const get = columnKeyboardCoordinates(() => "SAVED");
    const ctx = context(new Event("keydown"));
    const args = { active: "card", currentCoordinates: { x: 10, y: 120 }, context: ctx };
    expect(get(key("ArrowRight"), args)).toEqual({ x: 160 + 10, y: 140 });
    expect(get(key("ArrowRight"), args)).toEqual({ x: 320 + 10, y: 140 });
    expect(get(key("ArrowRight"), args)).toBeUndefined(); // no column beyond the last
    expect(get(key("ArrowLeft"), args)).toEqual({ x: 160 + 10, y: 140 });
    expect(get(key("ArrowUp"), args)).toBeUndefined();
  });

  it("starts again from the card's column on the next drag", () => {
    const get = columnKeyboardCoordinates(() => "SAVED");
    get(key("ArrowRight"), { active: "card", currentCoordinates: { x: 0, y: 0 }, context: context(new Event("keydown")) });
    const next = { active: "card", currentCoordinates: { x: 0, y: 0 }, context: context(new Event("keydown")) };
    expect(get(key("ArrowRight"), next)).toEqual({ x: 170, y: 140 });
  });
});
