import { describe, expect, it } from "vitest";
import {
  currentPhaseKey,
  effectiveDueDate,
  formatPlanProgress,
  planProgress,
  generatePlan,
  isOverdue,
  mergeRegeneratedPlan,
  nextActions,
  type GeneratedMilestone,
  type Plan,
  type PlanInput,
  type StoredMilestone,
} from "@/lib/domain/plan";

const input: PlanInput = {
  path: "CODING",
  credentialCode: "CPC",
  routeMonths: { min: 12, max: 12 },
  startDate: "2025-01-01",
  weeklyHours: 10,
  persona: "OTHER",
};
function plan(overrides: Partial<PlanInput> = {}): Plan {
  const r = generatePlan({ ...input, ...overrides });
  if (!r.ok) throw new Error("bad plan");
  return r.value;
}
function stored(ms: GeneratedMilestone[]): StoredMilestone[] {
  return ms.map((m) => ({ key: m.key, status: "OPEN", dueDate: m.dueDate }));
}
/** Applies a merge to a stored list the way lib/data would, inside one transaction. */
function apply(existing: StoredMilestone[], regenerated: GeneratedMilestone[]): StoredMilestone[] {
  const merge = mergeRegeneratedPlan(existing, regenerated);
  const updates = new Map(merge.update.map((m) => [m.key, m]));
  const kept = existing
    .filter((m) => !merge.delete.includes(m.key))
    .map((m) => (updates.has(m.key) ? { ...m, dueDate: updates.get(m.key)!.dueDate } : m));
  return [...kept, ...merge.insert.map((m) => ({ key: m.key, status: "OPEN" as const, dueDate: m.dueDate }))];
}

describe("mergeRegeneratedPlan", () => {
  const first = plan();
  const existing = stored(first.milestones).map((m): StoredMilestone => {
    if (m.key === "FOUNDATION:medical-terminology") return { ...m, status: "DONE", completedAt: "2025-02-10" };
    if (m.key === "FOUNDATION:student-membership") return { ...m, status: "SKIPPED" };
    if (m.key === "CORE_SKILLS:hcpcs-level-ii") return { ...m, customDueDate: "2025-08-15" };
    return m;
  });

  it("keeps completed, skipped and re-dated work when the start date moves", () => {
    const regenerated = plan({ startDate: "2025-03-01", routeMonths: { min: 9, max: 9 } }).milestones;
    const merge = mergeRegeneratedPlan(existing, regenerated);
    expect(merge.keep.sort()).toEqual(["FOUNDATION:medical-terminology", "FOUNDATION:student-membership"]);
    expect(merge.insert).toEqual([]);
    expect(merge.delete).toEqual([]);
    expect(merge.update.map((m) => m.key)).not.toContain("FOUNDATION:medical-terminology");

    const after = apply(existing, regenerated);
    const done = after.find((m) => m.key === "FOUNDATION:medical-terminology")!;
    expect(done).toEqual({
      key: "FOUNDATION:medical-terminology",
      status: "DONE",
      dueDate: existing.find((m) => m.key === done.key)!.dueDate,
      completedAt: "2025-02-10",
    });
    expect(after.find((m) => m.key === "FOUNDATION:student-membership")?.status).toBe("SKIPPED");
    const redated = after.find((m) => m.key === "CORE_SKILLS:hcpcs-level-ii")!;
    expect(redated.customDueDate).toBe("2025-08-15");
    expect(effectiveDueDate(redated)).toBe("2025-08-15");
    expect(redated.dueDate).toBe(regenerated.find((m) => m.key === redated.key)!.dueDate);
    const open = after.find((m) => m.key === "JOB_HUNT:resume-keywords")!;
    expect(open.dueDate).toBe(regenerated.find((m) => m.key === open.key)!.dueDate);
  });

  it("on a path switch keeps finished coding work, drops open coding items, adds billing items", () => {
    const regenerated = plan({ path: "BILLING", credentialCode: "CPB" }).milestones;
    const codingDone: StoredMilestone[] = existing.map((m) =>
      m.key === "CORE_SKILLS:icd10cm-guidelines" ? { ...m, status: "DONE", completedAt: "2025-05-01" } : m,
    );
    const merge = mergeRegeneratedPlan(codingDone, regenerated);
    expect(merge.keep).toContain("CORE_SKILLS:icd10cm-guidelines");
    expect(merge.delete).toEqual(expect.arrayContaining(["CORE_SKILLS:cpt-conventions", "JOB_HUNT:apply-entry-coding"]));
    expect(merge.delete).not.toContain("CORE_SKILLS:icd10cm-guidelines");
    expect(merge.insert.map((m) => m.key)).toEqual(
      expect.arrayContaining(["CORE_SKILLS:claims-lifecycle", "JOB_HUNT:apply-entry-billing"]),
    );
    // Re-dated but no longer in the plan and still open: removed.
    expect(merge.delete).toContain("CORE_SKILLS:hcpcs-level-ii");
  });

  it("treats every key exactly once (partition), even with duplicates in the input", () => {
    const regenerated = plan({ path: "BILLING" }).milestones;
    const dupes = [...existing, { key: "FOUNDATION:enroll", status: "DONE" as const, dueDate: "2025-01-01" }];
    const merge = mergeRegeneratedPlan(dupes, [...regenerated, ...regenerated]);
    const all = [...merge.keep, ...merge.delete, ...merge.update.map((m) => m.key), ...merge.insert.map((m) => m.key)];
    expect(new Set(all).size).toBe(all.length);
    expect(merge.update.map((m) => m.key)).toContain("FOUNDATION:enroll"); // the first (OPEN) row wins
  });

  it("from an empty plan inserts everything; into an empty regeneration deletes only open items", () => {
    const fresh = plan().milestones;
    expect(mergeRegeneratedPlan([], fresh).insert).toHaveLength(fresh.length);
    const merge = mergeRegeneratedPlan(existing, []);
    expect(merge.keep).toHaveLength(2);
    expect(merge.delete).toHaveLength(existing.length - 2);
  });
});

describe("isOverdue", () => {
  it("flags open milestones past their effective date only", () => {
    const m: StoredMilestone = { key: "a", status: "OPEN", dueDate: "2025-03-01" };
    expect(isOverdue(m, "2025-03-01")).toBe(false);
    expect(isOverdue(m, "2025-03-02")).toBe(true);
    expect(isOverdue({ ...m, status: "DONE" }, "2026-01-01")).toBe(false);
    expect(isOverdue({ ...m, status: "SKIPPED" }, "2026-01-01")).toBe(false);
    expect(isOverdue({ ...m, customDueDate: "2025-04-01" }, "2025-03-15")).toBe(false);
    expect(isOverdue({ ...m, customDueDate: null }, "2025-03-15")).toBe(true);
  });
});

describe("currentPhaseKey (the one current-phase rule)", () => {
  it("is the phase of the earliest open milestone, by effective due date", () => {
    expect(
      currentPhaseKey([
        { phase: "FOUNDATION", status: "DONE", dueDate: "2025-01-10" },
        { phase: "CORE_SKILLS", status: "OPEN", dueDate: "2025-05-01" },
        { phase: "FOUNDATION", status: "OPEN", dueDate: "2025-03-01", customDueDate: "2025-06-01" },
      ]),
    ).toBe("CORE_SKILLS");
  });
  it("breaks ties by phase order, is the last phase once all are handled, null without a plan", () => {
    expect(
      currentPhaseKey([
        { phase: "EXAM_PREP", status: "OPEN", dueDate: "2025-05-01" },
        { phase: "CORE_SKILLS", status: "OPEN", dueDate: "2025-05-01" },
      ]),
    ).toBe("CORE_SKILLS");
    expect(
      currentPhaseKey([
        { phase: "JOB_HUNT", status: "SKIPPED", dueDate: "2025-05-01" },
        { phase: "FOUNDATION", status: "DONE", dueDate: "2025-01-01" },
      ]),
    ).toBe("JOB_HUNT");
    expect(currentPhaseKey([])).toBeNull();
  });
});

describe("planProgress (the one progress scale)", () => {
  it("counts done milestones out of all of them; skipped ones stay in the total", () => {
    const p = planProgress([{ status: "DONE" }, { status: "SKIPPED" }, { status: "OPEN" }, { status: "DONE" }]);
    expect(p).toEqual({ done: 2, total: 4 });
    expect(formatPlanProgress(p)).toBe("2 of 4 done");
  });
});

describe("nextActions", () => {
  const ms: StoredMilestone[] = [
    { key: "c", status: "OPEN", dueDate: "2025-03-10" },
    { key: "a", status: "OPEN", dueDate: "2025-02-01" },
    { key: "done", status: "DONE", dueDate: "2025-01-01" },
    { key: "b", status: "OPEN", dueDate: "2025-06-01", customDueDate: "2025-03-01" },
    { key: "d", status: "OPEN", dueDate: "2025-03-10" },
    { key: "skip", status: "SKIPPED", dueDate: "2025-01-02" },
  ];
  it("lists the earliest open items, overdue first, by effective date", () => {
    const next = nextActions(ms, "2025-02-15");
    expect(next.map((n) => n.milestone.key)).toEqual(["a", "b", "c"]);
    expect(next[0]).toMatchObject({ overdue: true, daysUntilDue: -14, dueDate: "2025-02-01" });
    expect(next[1]).toMatchObject({ overdue: false, daysUntilDue: 14, dueDate: "2025-03-01" });
  });
  it("honours n and rejects nonsense n or dates", () => {
    expect(nextActions(ms, "2025-02-15", 10)).toHaveLength(4);
    expect(nextActions(ms, "2025-02-15", 0)).toEqual([]);
    expect(nextActions(ms, "2025-02-15", -1)).toEqual([]);
    expect(nextActions(ms, "2025-02-15", 1.5)).toEqual([]);
    expect(nextActions(ms, "not a date")).toEqual([]);
    expect(nextActions([], "2025-02-15")).toEqual([]);
  });
});
