// The board's columns (Closed folds four stages) and what its live region says.
import { describe, expect, it } from "vitest";
import { APPLICATION_STAGES } from "@/lib/domain/applications";
import { BOARD_COLUMNS, columnOf, groupByColumn, stageForDrop } from "@/lib/domain/application-board";
import { cancelled, dropped, movedOver, pickedUp } from "@/lib/ui/job-hunt/board-announcements";

describe("board columns", () => {
  it("puts every stage in exactly one column, Closed holding the four endings without a job", () => {
    for (const s of APPLICATION_STAGES) expect(BOARD_COLUMNS.filter((c) => c.stages.includes(s))).toHaveLength(1);
    expect(BOARD_COLUMNS.map((c) => c.id)).toEqual(["SAVED", "APPLIED", "INTERVIEWING", "OFFER", "ACCEPTED", "CLOSED"]);
    expect(["REJECTED", "WITHDRAWN", "GHOSTED", "DECLINED"].map((s) => columnOf(s as never))).toEqual(Array(4).fill("CLOSED"));
  });

  it("groups items by column keeping their order", () => {
    const items = [
      { id: "a", stage: "GHOSTED" as const },
      { id: "b", stage: "APPLIED" as const },
      { id: "c", stage: "REJECTED" as const },
    ];
    const g = groupByColumn(items);
    expect(g.CLOSED.map((i) => i.id)).toEqual(["a", "c"]);
    expect(g.APPLIED.map((i) => i.id)).toEqual(["b"]);
    expect(g.SAVED).toEqual([]);
  });

  it("maps a drop to a stage, asking for Closed and ignoring a drop on the card's own column", () => {
    expect(stageForDrop("APPLIED", "INTERVIEWING")).toBe("INTERVIEWING");
    expect(stageForDrop("APPLIED", "APPLIED")).toBeNull();
    expect(stageForDrop("APPLIED", "CLOSED")).toBeNull();
    expect(stageForDrop("GHOSTED", "CLOSED")).toBeNull();
    expect(stageForDrop("REJECTED", "SAVED")).toBe("SAVED");
  });
});

describe("board announcements", () => {
  const card = { company: "Lakeshore Health", title: "Medical Coder I", stage: "APPLIED" as const };
  it("speaks in plain words", () => {
    expect(pickedUp(card)).toBe("Picked up Lakeshore Health, Medical Coder I, in Applied.");
    expect(movedOver("INTERVIEWING")).toBe("Moved over Interviewing.");
    expect(dropped(card, "INTERVIEWING", "APPLIED")).toBe("Dropped in Interviewing.");
    expect(dropped(card, "APPLIED", "APPLIED")).toBe("Dropped. Lakeshore Health, Medical Coder I stays in Applied.");
    expect(dropped(card, "CLOSED", "APPLIED")).toBe("Dropped in Closed. Choose how Lakeshore Health closed.");
    expect(cancelled(card)).toBe("Move cancelled. Lakeshore Health, Medical Coder I stays in Applied.");
    expect(pickedUp({ ...card, stage: "GHOSTED" })).toBe("Picked up Lakeshore Health, Medical Coder I, in No response.");
  });
});
