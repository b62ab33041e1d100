// The experience log's counting rule, checked against hand counts: full and part time, share of
// time coding, a job and an externship on the same days, an ongoing job, leap-year Februaries.
import { describe, expect, it } from "vitest";
import { apprenticeOutlook, projectDate, summarizeExperience } from "@/lib/domain/experience-progress";
import { validateExperiencePeriod, type EducationEntry, type ExternshipPeriod, type JobPeriod } from "@/lib/domain/experience";

const job = (over: Partial<JobPeriod> = {}): JobPeriod => ({
  kind: "JOB",
  employer: "Lakeside Clinic",
  title: "Coder",
  startedOn: "2024-01-01",
  endedOn: "2024-12-31",
  hoursPerWeek: 40,
  shareCoding: 100,
  codeSets: ["CPT", "ICD10CM"],
  ...over,
});
const externship = (over: Partial<ExternshipPeriod> = {}): ExternshipPeriod => ({
  kind: "EXTERNSHIP",
  site: "Mercy Billing Office",
  supervisorName: "Dana Ortiz",
  startedOn: "2025-04-01",
  endedOn: "2025-04-30",
  totalHours: 120,
  tasks: null,
  shareCoding: 70,
  ...over,
});
const course = (over: Partial<EducationEntry> = {}): EducationEntry => ({
  kind: "EDUCATION",
  course: "CPC preparation",
  provider: "Valley College",
  contactHours: 80,
  certificateOn: "2026-06-01",
  ...over,
});
const months = (periods: Parameters<typeof summarizeExperience>[0], asOf = "2026-12-06") => summarizeExperience(periods, asOf).months;
const noGoal = { has80HourCourse: false, practicodeCases: 0, practicodeScore: null };

describe("qualifying months", () => {
  it("counts a full-time year in a leap year as exactly 12 months", () => {
    expect(months([job()])).toBeCloseTo(12, 9);
  });

  it("counts a day in full at 30 coding hours a week and in proportion below", () => {
    // 15 h a week all coding = half of full time: Jan–Jun 2025 is 6 × 0.5 = 3 months.
    expect(months([job({ startedOn: "2025-01-01", endedOn: "2025-06-30", hoursPerWeek: 15 })])).toBeCloseTo(3, 9);
    // 40 h a week, half of it coding = 20 coding hours = 2/3: Jan–Mar 2025 is 3 × 2/3 = 2 months.
    expect(months([job({ startedOn: "2025-01-01", endedOn: "2025-03-31", shareCoding: 50 })])).toBeCloseTo(2, 9);
  });

  it("does not count a job without CPT, ICD-10-CM or HCPCS", () => {
    expect(months([job({ codeSets: ["ICD10PCS"] })])).toBe(0);
    expect(months([job({ codeSets: [] })])).toBe(0);
  });

  it("spreads an externship's hours over its days", () => {
    // 120 h × 70 % = 84 coding hours over 30 days = 2.8 h a day; full time is 30/7 h a day.
    expect(months([externship()])).toBeCloseTo(2.8 / (30 / 7), 9);
  });

  it("never counts a day twice when a job and an externship overlap", () => {
    // Externship Apr 1–30 (2.8 h/day); part-time job Apr 16–May 15 at 15 h/week (15/7 h/day).
    // Apr 1–15: 0.65333 × 15/30; Apr 16–30: 4.94 h/day ≥ full time → 15/30; May 1–15: 0.5 × 15/31.
    const both = [externship(), job({ startedOn: "2025-04-16", endedOn: "2025-05-15", hoursPerWeek: 15 })];
    const hand = ((2.8 / (30 / 7)) * 15) / 30 + 15 / 30 + (0.5 * 15) / 31;
    expect(months(both)).toBeCloseTo(hand, 9);
    expect(hand).toBeCloseTo(1.0686, 4);
    // Two full-time jobs on the same days are still one month per month.
    expect(months([job(), job({ employer: "Second Clinic" })])).toBeCloseTo(12, 9);
  });

  it("splits months at leap-year and ordinary Februaries", () => {
    // Feb 15–29 2024 = 15/29, Mar 1–14 = 14/31.
    expect(months([job({ startedOn: "2024-02-15", endedOn: "2024-03-14" })])).toBeCloseTo(15 / 29 + 14 / 31, 9);
    // Feb 15–28 2023 = 14/28, Mar 1–14 = 14/31.
    expect(months([job({ startedOn: "2023-02-15", endedOn: "2023-03-14" })])).toBeCloseTo(0.5 + 14 / 31, 9);
    // Feb 29 alone is 1/29 of a month.
    expect(months([job({ startedOn: "2024-02-29", endedOn: "2024-02-29" })])).toBeCloseTo(1 / 29, 9);
  });

  it("runs an ongoing job to asOf and ignores what starts after it", () => {
    const ongoing = job({ startedOn: "2026-09-01", endedOn: null });
    // Sep 1 + Oct 1 + Nov 1–15 of 30 = 2.5 months.
    expect(summarizeExperience([ongoing], "2026-11-15")).toMatchObject({ months: 2.5, dailyPace: 1 });
    expect(months([ongoing], "2026-08-31")).toBe(0);
  });

  it("sums completed contact hours and keeps courses in progress apart", () => {
    const s = summarizeExperience([course(), course({ contactHours: 20, certificateOn: null })], "2026-12-06");
    expect(s).toMatchObject({ contactHours: 80, contactHoursInProgress: 20 });
  });
});

describe("earliest date per route", () => {
  it("projects an ongoing full-time job day by day", () => {
    const out = apprenticeOutlook([job({ startedOn: "2026-09-01", endedOn: null }), course()], noGoal, "2026-11-15");
    if (!out.ok) throw new Error("expected ok");
    const by = Object.fromEntries(out.value.routes.map((r) => [r.route, r]));
    expect(out.value.months).toBe(2.5);
    // 21.5 months to go: Nov 16–30 is 0.5, then Dec 2026–Aug 2028 is 21 → 2028-08-31.
    expect(by.EXPERIENCE?.earliestOn).toBe("2028-08-31");
    // With the 80-hour course done, 9.5 to go → 2027-08-31.
    expect(by.EXPERIENCE_AND_COURSE?.earliestOn).toBe("2027-08-31");
    expect(by.COURSE_AND_PRACTICODE?.earliestOn).toBeNull();
    // Practicode not done: no date for the year-plus-Practicode route.
    expect(by.EXPERIENCE_AND_PRACTICODE?.earliestOn).toBeNull();
    const withPracticode = apprenticeOutlook(
      [job({ startedOn: "2026-09-01", endedOn: null })],
      { ...noGoal, practicodeCases: 600, practicodeScore: 70 },
      "2026-11-15",
    );
    if (!withPracticode.ok) throw new Error("expected ok");
    expect(withPracticode.value.routes.find((r) => r.route === "EXPERIENCE_AND_PRACTICODE")?.earliestOn).toBe("2027-08-31");
    expect(out.value.pacePercent).toBe(100);
  });

  it("has no date without a pace or without the course", () => {
    const out = apprenticeOutlook([job()], noGoal, "2026-12-06");
    if (!out.ok) throw new Error("expected ok");
    expect(out.value.routes.map((r) => r.earliestOn)).toEqual([null, null, null, null]);
    expect(out.value.routes[0]?.missing[0]).toMatch(/^12 more month/);
  });

  it("half time takes twice as long", () => {
    expect(projectDate("2026-12-31", 1, 0.5)).toBe("2027-02-28");
    expect(projectDate("2026-12-31", 0, 0)).toBe("2026-12-31");
    expect(projectDate("2026-12-31", 1, 0)).toBeNull();
  });

  it("marks a met route and gives it no date", () => {
    const out = apprenticeOutlook([job({ startedOn: "2023-01-01", endedOn: "2024-12-31" })], noGoal, "2026-12-06");
    if (!out.ok) throw new Error("expected ok");
    expect(out.value.anyMet).toBe(true);
    expect(out.value.best).toMatchObject({ route: "EXPERIENCE", met: true, earliestOn: null });
  });

  it("counts contact hours toward the course and says how many are missing", () => {
    const out = apprenticeOutlook([course({ contactHours: 50 })], noGoal, "2026-12-06");
    if (!out.ok) throw new Error("expected ok");
    expect(out.value.routes[1]?.missing).toContain("30 more contact hours of a coding preparation course (completed)");
  });
});

describe("validateExperiencePeriod", () => {
  const asOf = "2026-12-06";
  const fields = (errors: { field: string }[]) => errors.map((e) => e.field);

  it("accepts a valid job, externship and course", () => {
    expect(validateExperiencePeriod(job(), asOf)).toEqual([]);
    expect(validateExperiencePeriod(externship(), asOf)).toEqual([]);
    expect(validateExperiencePeriod(course(), asOf)).toEqual([]);
  });

  it("refuses future starts, ends before starts and future ends", () => {
    expect(fields(validateExperiencePeriod(job({ startedOn: "2026-12-07", endedOn: null }), asOf))).toEqual(["startedOn"]);
    expect(fields(validateExperiencePeriod(job({ startedOn: "2024-05-01", endedOn: "2024-04-30" }), asOf))).toEqual(["endedOn"]);
    expect(fields(validateExperiencePeriod(job({ endedOn: "2026-12-07" }), asOf))).toEqual(["endedOn"]);
    expect(fields(validateExperiencePeriod(course({ certificateOn: "2027-01-01" }), asOf))).toEqual(["certificateOn"]);
  });

  it("refuses more than 80 hours a week and shares outside 0–100", () => {
    expect(fields(validateExperiencePeriod(job({ hoursPerWeek: 81 }), asOf))).toEqual(["hoursPerWeek"]);
    expect(fields(validateExperiencePeriod(job({ hoursPerWeek: 0 }), asOf))).toEqual(["hoursPerWeek"]);
    expect(fields(validateExperiencePeriod(job({ shareCoding: 101 }), asOf))).toEqual(["shareCoding"]);
    expect(fields(validateExperiencePeriod(externship({ shareCoding: -1 }), asOf))).toEqual(["shareCoding"]);
    // 120 hours in one day is more than 80 a week.
    const oneDay = externship({ startedOn: "2025-04-01", endedOn: "2025-04-01" });
    expect(validateExperiencePeriod(oneDay, asOf)).toEqual([
      { field: "totalHours", message: "That is more than 80 hours a week over these dates." },
    ]);
  });

  it("allows overlaps at different places and refuses the same place twice", () => {
    expect(validateExperiencePeriod(job({ employer: "Other Clinic" }), asOf, [job()])).toEqual([]);
    expect(validateExperiencePeriod(externship({ startedOn: "2024-06-01", endedOn: "2024-06-30" }), asOf, [job()])).toEqual([]);
    const dup = validateExperiencePeriod(job({ employer: " lakeside clinic ", startedOn: "2024-12-31", endedOn: null }), asOf, [job()]);
    expect(dup).toEqual([
      expect.objectContaining({ field: "startedOn", message: expect.stringMatching(/overlap your other job at Lakeside Clinic/) }),
    ]);
    // Back to back is not an overlap.
    expect(validateExperiencePeriod(job({ startedOn: "2025-01-01", endedOn: null }), asOf, [job()])).toEqual([]);
  });
});
