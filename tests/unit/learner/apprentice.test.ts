import { describe, expect, it } from "vitest";
import { apprenticeRemovalProgress, type ApprenticeInput } from "@/lib/domain/apprentice";

const none: ApprenticeInput = { monthsExperience: 0, has80HourCourse: false, practicodeCases: 0, practicodeScore: null };
function progress(overrides: Partial<ApprenticeInput>) {
  const r = apprenticeRemovalProgress({ ...none, ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.value;
}
const byRoute = (v: ReturnType<typeof progress>, route: string) => v.routes.find((r) => r.route === route)!;

describe("apprenticeRemovalProgress", () => {
  it("starts at zero on every route and lists what is missing", () => {
    const v = progress({});
    expect(v.anyMet).toBe(false);
    expect(v.routes.map((r) => r.progress)).toEqual([0, 0, 0, 0]);
    expect(byRoute(v, "COURSE_AND_PRACTICODE").missing).toEqual([
      "Complete an 80-contact-hour CPC preparation course",
      "600 more Practicode case(s)",
      "A Practicode score of 70% or more",
    ]);
  });
  it("two years of experience alone removes the A", () => {
    const v = progress({ monthsExperience: 24 });
    expect(byRoute(v, "EXPERIENCE")).toMatchObject({ met: true, progress: 1, missing: [] });
    expect(v.best.route).toBe("EXPERIENCE");
    expect(progress({ monthsExperience: 23 }).anyMet).toBe(false);
  });
  it("one year plus the 80-hour course", () => {
    const v = progress({ monthsExperience: 12, has80HourCourse: true });
    expect(byRoute(v, "EXPERIENCE_AND_COURSE").met).toBe(true);
    expect(byRoute(v, "EXPERIENCE").progress).toBe(0.5);
    const partial = progress({ monthsExperience: 6, has80HourCourse: true });
    expect(byRoute(partial, "EXPERIENCE_AND_COURSE")).toMatchObject({
      met: false,
      progress: 0.75,
      missing: ["6 more month(s) of coding experience confirmed by employer letters"],
    });
  });
  it("the course plus Practicode: 600 cases at 70% or more", () => {
    expect(byRoute(progress({ has80HourCourse: true, practicodeCases: 600, practicodeScore: 70 }), "COURSE_AND_PRACTICODE").met).toBe(true);
    const low = byRoute(progress({ has80HourCourse: true, practicodeCases: 600, practicodeScore: 69 }), "COURSE_AND_PRACTICODE");
    expect(low.met).toBe(false);
    expect(low.missing).toEqual(["Raise your Practicode score from 69% to 70%"]);
    const half = byRoute(progress({ has80HourCourse: true, practicodeCases: 300, practicodeScore: 80 }), "COURSE_AND_PRACTICODE");
    expect(half.progress).toBe(0.833);
    // A score without any cases means nothing yet.
    expect(byRoute(progress({ practicodeScore: 95 }), "COURSE_AND_PRACTICODE").progress).toBe(0);
  });
  it("picks the closest route as best when none is met", () => {
    expect(progress({ monthsExperience: 18 }).best.route).toBe("EXPERIENCE");
    expect(progress({ has80HourCourse: true, practicodeCases: 500, practicodeScore: 75 }).best.route).toBe("COURSE_AND_PRACTICODE");
  });
  it("rejects invalid input", () => {
    const r = apprenticeRemovalProgress({
      monthsExperience: -1,
      has80HourCourse: "yes" as unknown as boolean,
      practicodeCases: 1.5,
      practicodeScore: 101,
    });
    expect(!r.ok && r.errors.map((e) => e.field)).toEqual(["monthsExperience", "has80HourCourse", "practicodeCases", "practicodeScore"]);
    expect(apprenticeRemovalProgress({ ...none, monthsExperience: Number.NaN }).ok).toBe(false);
  });
  it("one year plus Practicode is a route of its own", () => {
    const v = progress({ monthsExperience: 12, practicodeCases: 600, practicodeScore: 72 });
    expect(byRoute(v, "EXPERIENCE_AND_PRACTICODE")).toMatchObject({ met: true, missing: [] });
    expect(byRoute(v, "EXPERIENCE_AND_COURSE").met).toBe(false);
    expect(byRoute(progress({ monthsExperience: 11, practicodeCases: 600, practicodeScore: 72 }), "EXPERIENCE_AND_PRACTICODE").met).toBe(
      false,
    );
  });
});
