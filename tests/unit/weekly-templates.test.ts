// Weekly emails stay a readable nudge: a long section stops at SECTION_MAX_LINES and says how
// many more there are and where to see them.
import { describe, expect, it } from "vitest";
import { advisorDigestEmail, SECTION_MAX_LINES } from "@/lib/email/weekly-templates";

const line = (i: number) => ({ name: `Learner ${i}`, cohortName: "Coding — Spring", tier: "HIGH" as const, flags: [], examDate: null });

describe("advisorDigestEmail", () => {
  it("caps each section and points to the roster for the rest; the subject keeps the real count", () => {
    const mail = advisorDigestEmail({
      to: "a@example.test",
      name: "Marcus",
      weekOf: "2026-11-30",
      newlyAtRisk: Array.from({ length: SECTION_MAX_LINES + 7 }, (_, i) => line(i)),
      recovered: [line(900)],
      stillAtRisk: 0,
      upcomingExams: [],
      upcomingDays: 14,
      baseUrl: "https://chartpath.example",
    });
    expect(mail.subject).toContain(`${SECTION_MAX_LINES + 7} learners newly at risk`);
    expect(mail.text).toContain(`Learner ${SECTION_MAX_LINES - 1} (`);
    expect(mail.text).not.toContain(`Learner ${SECTION_MAX_LINES} (`);
    expect(mail.text).toContain("- and 7 more on your roster");
    expect(mail.text).toContain("Learner 900");
  });
});
