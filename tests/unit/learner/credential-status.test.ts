import { describe, expect, it } from "vitest";
import { ceuSummaries, credentialStatus, type GoalFacts } from "@/lib/domain/credential-status";

const goal = (g: Partial<GoalFacts> = {}): GoalFacts => ({
  credentialCode: "CPC",
  examDate: null,
  passedOn: null,
  apprentice: false,
  apprenticeRemovedOn: null,
  lapsedOn: null,
  ...g,
});
const today = "2026-11-27";

describe("credentialStatus", () => {
  it("walks planned → scheduled → failed → passed (apprentice) → active → lapsed", () => {
    expect(credentialStatus(null, [], today)).toBe("NONE");
    expect(credentialStatus(goal(), [], today)).toBe("PLANNED");
    expect(credentialStatus(goal({ examDate: "2027-01-02" }), [], today)).toBe("SCHEDULED");
    const failed = [{ credentialCode: "CPC", takenOn: "2026-11-01", result: "FAILED" as const }];
    expect(credentialStatus(goal({ examDate: "2026-11-01" }), failed, today)).toBe("FAILED");
    expect(credentialStatus(goal({ examDate: "2027-01-02" }), failed, today)).toBe("SCHEDULED"); // retake booked
    expect(credentialStatus(goal({ passedOn: "2026-11-20", apprentice: true }), [], today)).toBe("PASSED_APPRENTICE");
    expect(credentialStatus(goal({ passedOn: "2026-11-20", apprentice: true, apprenticeRemovedOn: "2026-11-25" }), [], today)).toBe(
      "ACTIVE",
    );
    expect(credentialStatus(goal({ passedOn: "2024-01-01", lapsedOn: "2026-01-01" }), [], today)).toBe("LAPSED");
  });
});

describe("ceuSummaries", () => {
  it("AAPC: 36 CEUs for one credential, 40 for two, cycle anchored on the first pass, only in-cycle CEUs count", () => {
    const passed = [{ credentialCode: "CPC", body: "AAPC" as const, passedOn: "2025-06-01" }];
    const entries = [
      { body: "AAPC", earnedOn: "2025-05-31", ceus: 10 },
      { body: "AAPC", earnedOn: "2025-07-01", ceus: 4 },
      { body: "AHIMA", earnedOn: "2025-07-01", ceus: 9 },
    ];
    const [one] = ceuSummaries(passed, entries, today);
    expect(one).toMatchObject({ body: "AAPC", cycleStart: "2025-06-01", cycleEnd: "2027-05-31" });
    expect(one?.progress).toMatchObject({ required: 36, earned: 4, behind: true });
    const [two] = ceuSummaries([...passed, { credentialCode: "CPB", body: "AAPC", passedOn: "2026-01-01" }], entries, today);
    expect(two?.progress.required).toBe(40);
  });

  it("AHIMA: 20 for a CCA from the exam date; nothing before any pass", () => {
    expect(ceuSummaries([], [], today)).toEqual([]);
    const [s] = ceuSummaries([{ credentialCode: "CCA", body: "AHIMA", passedOn: "2026-11-01" }], [], today);
    expect(s).toMatchObject({ body: "AHIMA", cycleEnd: "2028-10-31" });
    expect(s?.progress).toMatchObject({ required: 20, behind: false });
  });
});
