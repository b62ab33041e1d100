import { describe, expect, it } from "vitest";
import {
  APPLICATION_STAGES,
  canMoveTo,
  currentStage,
  daysInCurrentStage,
  funnel,
  isApplicationStage,
  isTerminal,
  median,
  moveToStage,
  type FunnelApplication,
  type StageChange,
} from "@/lib/domain/applications";

const h = (...pairs: [StageChange["stage"], string][]): FunnelApplication => ({ history: pairs.map(([stage, on]) => ({ stage, on })) });

describe("stages", () => {
  it("lists the pipeline and its terminal stages", () => {
    expect(APPLICATION_STAGES).toEqual([
      "SAVED",
      "APPLIED",
      "INTERVIEWING",
      "OFFER",
      "ACCEPTED",
      "DECLINED",
      "REJECTED",
      "WITHDRAWN",
      "GHOSTED",
    ]);
    expect(APPLICATION_STAGES.filter(isTerminal)).toEqual(["ACCEPTED", "DECLINED", "REJECTED", "WITHDRAWN", "GHOSTED"]);
    expect(isApplicationStage("OFFER")).toBe(true);
    expect(isApplicationStage("offer")).toBe(false);
    expect(isApplicationStage(undefined)).toBe(false);
  });
  it("allows any move except to the same stage", () => {
    for (const from of APPLICATION_STAGES) for (const to of APPLICATION_STAGES) expect(canMoveTo(from, to)).toBe(from !== to);
    expect(canMoveTo(undefined, "SAVED")).toBe(true);
  });
});

describe("moveToStage", () => {
  it("appends dated history, including moves out of a terminal stage", () => {
    let history: StageChange[] = [];
    for (const [stage, on] of [
      ["SAVED", "2025-01-02"],
      ["APPLIED", "2025-01-03"],
      ["GHOSTED", "2025-02-10"],
      ["INTERVIEWING", "2025-02-12"],
    ] as const) {
      const r = moveToStage(history, stage, on);
      expect(r.ok).toBe(true);
      if (r.ok) history = r.value;
    }
    expect(history.map((x) => x.stage)).toEqual(["SAVED", "APPLIED", "GHOSTED", "INTERVIEWING"]);
    expect(currentStage(history)).toBe("INTERVIEWING");
    expect(daysInCurrentStage(history, "2025-02-20")).toBe(8);
  });
  it("rejects unknown stages, bad dates, no-op moves and back-dated moves", () => {
    const history: StageChange[] = [{ stage: "APPLIED", on: "2025-03-10" }];
    const field = (r: ReturnType<typeof moveToStage>) => (r.ok ? null : r.errors[0]?.field);
    expect(field(moveToStage(history, "HIRED", "2025-03-11"))).toBe("stage");
    expect(field(moveToStage(history, "OFFER", "2025-02-30"))).toBe("on");
    expect(field(moveToStage(history, "APPLIED", "2025-03-11"))).toBe("stage");
    expect(field(moveToStage(history, "OFFER", "2025-03-09"))).toBe("on");
    expect(moveToStage(history, "OFFER", "2025-03-10").ok).toBe(true);
  });
  it("orders same-day changes as recorded and handles empty history", () => {
    expect(
      currentStage([
        { stage: "SAVED", on: "2025-01-01" },
        { stage: "APPLIED", on: "2025-01-01" },
      ]),
    ).toBe("APPLIED");
    expect(currentStage([])).toBeUndefined();
    expect(daysInCurrentStage([], "2025-01-01")).toBeUndefined();
  });
});

describe("funnel", () => {
  const apps: FunnelApplication[] = [
    h(
      ["SAVED", "2025-01-01"],
      ["APPLIED", "2025-01-05"],
      ["INTERVIEWING", "2025-01-15"],
      ["OFFER", "2025-01-25"],
      ["ACCEPTED", "2025-01-27"],
    ),
    h(["APPLIED", "2025-01-06"], ["REJECTED", "2025-01-20"]),
    h(["APPLIED", "2025-01-07"], ["GHOSTED", "2025-02-07"]),
    h(["APPLIED", "2025-01-10"], ["INTERVIEWING", "2025-01-14"], ["REJECTED", "2025-01-30"]),
    h(["SAVED", "2025-01-12"], ["WITHDRAWN", "2025-01-13"]), // never applied
    h(["SAVED", "2025-01-20"]),
    h(["APPLIED", "2024-12-15"], ["INTERVIEWING", "2025-01-08"]), // sent before the period
    h(["SAVED", "2024-12-20"], ["APPLIED", "2025-01-09"]), // saved before, sent in the period
    h(["APPLIED", "2025-01-29"], ["OFFER", "2025-02-15"], ["DECLINED", "2025-02-16"]), // offer after the period end
  ];
  const f = funnel(apps, { from: "2025-01-01", to: "2025-01-31" });

  it("counts applications by the date they were sent", () => {
    expect(f.total).toBe(8);
    expect(f.applied).toBe(6);
  });
  it("computes response, interview and offer rates with documented definitions", () => {
    expect(f.responded).toBe(3); // interview+offer, rejected, interview+rejected; ghosted did not respond
    expect(f.interviewed).toBe(2);
    expect(f.offers).toBe(1);
    expect(f.accepted).toBe(1);
    expect(f.responseRate).toBeCloseTo(3 / 6);
    expect(f.interviewRate).toBeCloseTo(2 / 6);
    expect(f.offerRate).toBeCloseTo(1 / 6);
  });
  it("reports stages as of the period end, ignoring later changes", () => {
    expect(f.current).toMatchObject({ ACCEPTED: 1, REJECTED: 2, APPLIED: 3, WITHDRAWN: 1, SAVED: 1, GHOSTED: 0, OFFER: 0, DECLINED: 0 });
    expect(Object.values(f.current).reduce((a, b) => a + b, 0)).toBe(f.total);
    expect(f.reached.SAVED).toBe(4);
    expect(f.reached.INTERVIEWING).toBe(2);
  });
  it("takes the median days over completed stays only", () => {
    // APPLIED stays: 10, 14, 4 (the rest are still open on 2025-01-31).
    expect(f.medianDaysInStage.APPLIED).toBe(10);
    expect(f.medianDaysInStage.INTERVIEWING).toBe(13); // 10 and 16
    expect(f.medianDaysInStage.OFFER).toBe(2);
    expect(f.medianDaysInStage.ACCEPTED).toBeNull();
    expect(f.medianDaysInStage.SAVED).toBe(4); // 4, 1 and 20 (saved before the period, sent in it)
  });
  it("returns null rates for an empty period", () => {
    const empty = funnel(apps, { from: "2026-01-01", to: "2026-01-31" });
    expect(empty.total).toBe(0);
    expect(empty.responseRate).toBeNull();
    expect(empty.medianDaysInStage.APPLIED).toBeNull();
  });
  it("includes a later period's responses when the period is longer", () => {
    const q = funnel(apps, { from: "2025-01-01", to: "2025-03-31" });
    expect(q.offers).toBe(2);
    expect(q.current.GHOSTED).toBe(1);
  });
});

describe("median", () => {
  it("handles odd, even and empty lists", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
