// Graduate survey rules (lib/domain/graduate-surveys.ts): NACE's cut-off for the class year
// (1 July – 30 June, collected through 31 December), the +90/+180 waves, which wave a run sends,
// reminder timing and expiry, and the status staff see.
import { describe, expect, it } from "vitest";
import {
  answerDateErrors,
  expiresAtFor,
  naceCutoff,
  naceWaveApplies,
  reminderDue,
  surveyStatus,
  waveDueDates,
  wavesToSend,
} from "@/lib/domain/graduate-surveys";

const at = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe("NACE cut-off", () => {
  it("is 31 December after the class year the graduation falls in", () => {
    expect(naceCutoff("2026-03-15")).toBe("2026-12-31"); // class year 2025–26
    expect(naceCutoff("2026-06-30")).toBe("2026-12-31");
    expect(naceCutoff("2025-07-01")).toBe("2026-12-31"); // first day of class year 2025–26
    expect(naceCutoff("2025-12-31")).toBe("2026-12-31");
    expect(naceCutoff("2026-07-01")).toBe("2027-12-31");
  });
});

describe("wave due dates", () => {
  it("sends at completion, +90 and +180 days, and 30 days before the NACE cut-off", () => {
    expect(waveDueDates("2026-01-31")).toEqual({
      AT_COMPLETION: "2026-01-31",
      DAY_90: "2026-05-01",
      DAY_180: "2026-07-30",
      NACE_CUTOFF: "2026-12-01",
    });
  });
});

describe("wavesToSend", () => {
  it("sends the at-completion wave on the graduation day and nothing before", () => {
    expect(wavesToSend("2026-01-31", "2026-01-30", [])).toEqual([]);
    expect(wavesToSend("2026-01-31", "2026-01-31", [])).toEqual(["AT_COMPLETION"]);
  });

  it("sends only the current wave to a graduate recorded late, not the old ones", () => {
    expect(wavesToSend("2026-01-31", "2026-05-10", [])).toEqual(["DAY_90"]);
  });

  it("sends nothing while another wave is still open, and never a wave twice", () => {
    expect(wavesToSend("2026-01-31", "2026-05-01", [{ wave: "AT_COMPLETION", answered: false, open: true }])).toEqual([]);
    expect(wavesToSend("2026-01-31", "2026-05-02", [{ wave: "DAY_90", answered: false, open: false }])).toEqual([]);
  });

  it("leaves out the NACE wave once any wave was answered", () => {
    const existing = [{ wave: "DAY_180" as const, answered: false, open: false }];
    expect(wavesToSend("2026-01-31", "2026-12-01", existing)).toEqual(["NACE_CUTOFF"]);
    expect(wavesToSend("2026-01-31", "2026-12-01", [{ ...existing[0]!, answered: true }])).toEqual([]);
  });

  it("leaves out the NACE wave when another wave is due within 30 days of it", () => {
    // Graduated 15 June: +180 is 12 December, the NACE wave 1 December.
    expect(waveDueDates("2026-06-15").DAY_180).toBe("2026-12-12");
    expect(wavesToSend("2026-06-15", "2026-12-12", [])).toEqual(["DAY_180"]);
    expect(wavesToSend("2026-06-15", "2026-12-01", [])).toEqual([]);
    expect(naceWaveApplies("2026-06-15")).toBe(false);
    expect(naceWaveApplies("2026-01-31")).toBe(true);
  });

  it("sends nothing once a wave's window (the link's lifetime) has passed", () => {
    expect(wavesToSend("2026-01-31", "2026-04-01", [])).toEqual([]); // day 60: at-completion window over
  });
});

describe("reminders and expiry", () => {
  const sent = { sentAt: at("2026-02-01"), remindersSent: 0, answeredAt: null, expiresAt: expiresAtFor(at("2026-02-01")) };

  it("expires 60 days after sending", () => {
    expect(sent.expiresAt.toISOString()).toBe("2026-04-02T12:00:00.000Z");
  });

  it("reminds 7 and 14 days after sending, at most twice", () => {
    expect(reminderDue(sent, at("2026-02-07"))).toBe(false);
    expect(reminderDue(sent, at("2026-02-08"))).toBe(true);
    expect(reminderDue({ ...sent, remindersSent: 1 }, at("2026-02-14"))).toBe(false);
    expect(reminderDue({ ...sent, remindersSent: 1 }, at("2026-02-15"))).toBe(true);
    expect(reminderDue({ ...sent, remindersSent: 2 }, at("2026-03-01"))).toBe(false);
  });

  it("stops reminding once answered or expired", () => {
    expect(reminderDue({ ...sent, answeredAt: at("2026-02-03") }, at("2026-02-08"))).toBe(false);
    expect(reminderDue({ ...sent, sentAt: at("2025-12-01"), expiresAt: at("2026-01-30") }, at("2026-02-08"))).toBe(false);
  });

  it("reports scheduled, sent, reminded, answered and expired", () => {
    expect(surveyStatus({ ...sent, sentAt: null }, at("2026-02-02"))).toBe("scheduled");
    expect(surveyStatus(sent, at("2026-02-02"))).toBe("sent");
    expect(surveyStatus({ ...sent, remindersSent: 1 }, at("2026-02-09"))).toBe("reminded");
    expect(surveyStatus({ ...sent, answeredAt: at("2026-02-03") }, at("2026-05-01"))).toBe("answered");
    expect(surveyStatus(sent, at("2026-04-03"))).toBe("expired");
  });
});

describe("answer dates", () => {
  const answer = { outcome: "EMPLOYED" as const };
  it("refuses a start date in the future or before the enrollment began", () => {
    expect(answerDateErrors({ ...answer, startedOn: "2026-12-07" }, "2026-01-05", "2026-12-06")).toHaveProperty("startedOn");
    expect(answerDateErrors({ ...answer, startedOn: "2025-12-31" }, "2026-01-05", "2026-12-06")).toHaveProperty("startedOn");
    expect(answerDateErrors({ ...answer, startedOn: "2026-10-01" }, "2026-01-05", "2026-12-06")).toEqual({});
    expect(answerDateErrors(answer, "2026-01-05", "2026-12-06")).toEqual({});
  });
});
