// Every form date is an ISO YYYY-MM-DD that exists on the calendar: the schemas of each
// feature (programs, learner journey, job hunt) refuse impossible days beside the field
// instead of rolling them over (Date.parse stored 2026-02-30 as 2 March).
import { describe, expect, it } from "vitest";
import { cohortSchema, placementSchema } from "@/lib/actions/programs/schemas";
import { practiceExamSchema } from "@/lib/actions/learner/schemas";
import { applicationFieldsSchema } from "@/lib/domain/application-schema";

const IMPOSSIBLE = ["2026-02-30", "2026-13-01", "2025-02-29", "2026-04-31", "2026-00-10"];

const placement = (startDate: string) => placementSchema.safeParse({ employer: "Mercy", title: "Coder I", startDate, inField: "yes" });
const cohort = (startDate: string, endDate = "") => cohortSchema.safeParse({ name: "Spring", startDate, endDate });
const practice = (takenOn: string) =>
  practiceExamSchema.safeParse({ takenOn, credentialCode: "CPC", questions: "100", correct: "70", minutes: "240" });
const application = (appliedOn: string) =>
  applicationFieldsSchema.safeParse({
    company: "Mercy",
    title: "Coder",
    roleType: "MEDICAL_CODER",
    workMode: "REMOTE",
    source: "INDEED",
    appliedOn,
  });

function fieldMessages(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) {
  return (result.error?.issues ?? []).filter((i) => i.path[0] === field).map((i) => i.message);
}

describe("calendar dates", () => {
  it.each(IMPOSSIBLE)("refuses %s with a message beside the field, in every feature", (day) => {
    expect(fieldMessages(placement(day), "startDate")).toEqual([expect.stringMatching(/real date \(YYYY-MM-DD\)/)]);
    expect(fieldMessages(cohort(day), "startDate")).toEqual([expect.stringMatching(/real date \(YYYY-MM-DD\)/)]);
    expect(fieldMessages(cohort("2026-01-05", day), "endDate")).toEqual([expect.stringMatching(/real date \(YYYY-MM-DD\)/)]);
    expect(fieldMessages(practice(day), "takenOn")).toEqual([expect.stringMatching(/real date \(YYYY-MM-DD\)/)]);
    expect(fieldMessages(application(day), "appliedOn")).toEqual([expect.stringMatching(/real date \(YYYY-MM-DD\)/)]);
  });

  it("accepts 29 February in a leap year and keeps the day as typed", () => {
    const p = placement("2024-02-29");
    expect(p.success && p.data.startDate.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    const c = cohort(" 2024-02-29 ", "");
    expect(c.success && c.data.startDate.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(c.success && c.data.endDate).toBeUndefined();
    const a = application("2024-02-29");
    expect(a.success && a.data.appliedOn).toBe("2024-02-29");
  });

  it("refuses other shapes and blanks a required date with 'Enter …'", () => {
    expect(fieldMessages(placement("2026-2-3"), "startDate")).toEqual([expect.stringMatching(/YYYY-MM-DD/)]);
    expect(fieldMessages(placement("tomorrow"), "startDate")).toEqual([expect.stringMatching(/YYYY-MM-DD/)]);
    expect(fieldMessages(placement(""), "startDate")).toEqual(["Enter the start date."]);
  });
});
