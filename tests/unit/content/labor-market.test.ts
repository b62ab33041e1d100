import { describe, expect, it } from "vitest";
import { CAREER_PATH_CODES } from "@/lib/content/career-paths";
import {
  AAPC_REPORT_2021,
  AAPC_SURVEY_2019,
  ENTRY_TITLES,
  GROWTH,
  GROWTH_HISTORY,
  MEDIAN_PAY_2024,
  entryTitlesForPath,
} from "@/lib/content/labor-market";

describe("labor market", () => {
  it("labels $64,890 as two credentials, not certified coders overall", () => {
    expect(AAPC_SURVEY_2019.twoCredentials.value).toBe(64890);
    expect(AAPC_SURVEY_2019.twoCredentials.note).toMatch(/two credentials/);
    expect(AAPC_SURVEY_2019.certified.value).toBe(55923);
  });

  it("names the BLS edition of every growth figure", () => {
    expect(GROWTH.value).toEqual({ percent: 7, edition: "2024–34" });
    expect(GROWTH_HISTORY.map((g) => `${g.value.percent}% ${g.value.edition}`)).toEqual(["8% 2022–32", "9% 2023–33", "7% 2024–34"]);
    for (const g of GROWTH_HISTORY) expect(g.note).toContain(g.value.edition);
  });

  it("keeps secondary-sourced BLS figures uncertain and AAPC survey figures confirmed", () => {
    expect(MEDIAN_PAY_2024.confidence).toBe("uncertain");
    expect(MEDIAN_PAY_2024.asOf).toBe("2024-05");
    expect(AAPC_REPORT_2021.certified.confidence).toBe("confirmed");
  });

  it("tags entry titles with valid paths, no duplicates", () => {
    expect(new Set(ENTRY_TITLES.map((t) => t.title)).size).toBe(ENTRY_TITLES.length);
    for (const t of ENTRY_TITLES) for (const p of t.paths) expect(CAREER_PATH_CODES).toContain(p);
    expect(entryTitlesForPath("BILLING").map((t) => t.title)).toContain("Payment Poster");
  });
});
