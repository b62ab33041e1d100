// Issue 13 (b): the dashboard (and the advisor's drill-down of it) lists each overdue task
// once, and the credential line reads the chosen credential from one place.
import { describe, expect, it } from "vitest";
import { chosenCredentialStatus, type GoalFacts } from "@/lib/domain/credential-status";
import { dashboardTasks } from "@/lib/domain/plan";

const today = "2026-11-27";
const m = (id: string, dueDate: string, status: "OPEN" | "DONE" = "OPEN", customDueDate: string | null = null) => ({
  id,
  key: `EXAM_PREP:${id}`,
  status,
  dueDate,
  customDueDate,
});

describe("dashboardTasks", () => {
  it("lists an overdue milestone once: under overdue, not again under next actions", () => {
    const rows = [
      m("schedule", "2026-11-01"),
      m("sit", "2026-11-10"),
      m("books", "2026-12-05"),
      m("final", "2026-12-20"),
      m("done", "2026-10-01", "DONE"),
    ];
    const t = dashboardTasks(rows, today, 3);
    expect(t.overdue.map((x) => x.id)).toEqual(["schedule", "sit"]);
    expect(t.next.map((x) => x.milestone.id)).toEqual(["books", "final"]);
    const shown = [...t.overdue.map((x) => x.id), ...t.next.map((x) => x.milestone.id)];
    expect(new Set(shown).size).toBe(shown.length);
  });
  it("dedupes repeated rows by milestone id", () => {
    const rows = [m("sit", "2026-11-10"), m("sit", "2026-11-10"), m("books", "2026-12-05"), m("books", "2026-12-05")];
    const t = dashboardTasks(rows, today);
    expect(t.overdue.map((x) => x.id)).toEqual(["sit"]);
    expect(t.next.map((x) => x.milestone.id)).toEqual(["books"]);
  });
  it("a re-dated milestone counts by its own date", () => {
    const t = dashboardTasks([m("sit", "2026-11-10", "OPEN", "2026-12-21")], today);
    expect(t.overdue).toEqual([]);
    expect(t.next[0]?.dueDate).toBe("2026-12-21");
  });
});

describe("chosenCredentialStatus", () => {
  const goal = (g: Partial<GoalFacts>): GoalFacts => ({
    credentialCode: "CPC",
    examDate: null,
    passedOn: null,
    apprentice: false,
    apprenticeRemovedOn: null,
    lapsedOn: null,
    ...g,
  });
  it("a chosen credential is never 'no credential chosen' (issue 13: 'CPC · No credential chosen')", () => {
    expect(chosenCredentialStatus("CPC", [], [], today).status).toBe("PLANNED");
    // Goal rows for another credential (an earlier choice) do not decide this one's status.
    expect(chosenCredentialStatus("CPB", [goal({ examDate: "2026-12-21" })], [], today)).toEqual({ goal: null, status: "PLANNED" });
  });
  it("reads the chosen code's own goal", () => {
    expect(chosenCredentialStatus("CPC", [goal({ examDate: "2026-12-21" })], [], today).status).toBe("SCHEDULED");
  });
  it("NONE only without a chosen code", () => {
    expect(chosenCredentialStatus(null, [goal({})], [], today)).toEqual({ goal: null, status: "NONE" });
  });
});
