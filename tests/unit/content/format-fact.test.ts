import { describe, expect, it } from "vitest";
import { fact } from "@/lib/content/fact";
import { UNDATED, describeFactSource, formatAsOf, formatUsd, qualifier } from "@/lib/content/format-fact";

const BLS = { label: "BLS Occupational Outlook Handbook", url: "https://www.bls.gov/ooh/" };

describe("format-fact", () => {
  it("describes the source with a readable as-of date", () => {
    expect(describeFactSource(fact(50250, BLS, "2024-05", "uncertain"))).toBe("Source: BLS Occupational Outlook Handbook, as of May 2024");
    expect(describeFactSource(fact(7, BLS, "2024–34", "uncertain"))).toBe("Source: BLS Occupational Outlook Handbook, for 2024–34");
    expect(describeFactSource(fact(1, { label: "Chartpath career guide" }, UNDATED, "uncertain"))).toBe(
      "Source: Chartpath career guide (undated)",
    );
  });

  it("formats dates and leaves other as-of strings alone", () => {
    expect(formatAsOf("2025-01-01")).toBe("January 1, 2025");
    expect(formatAsOf("2019")).toBe("2019");
    expect(formatAsOf("2024-13")).toBe("2024-13");
  });

  it("qualifies only uncertain facts", () => {
    expect(qualifier(fact(1, BLS, "2024", "uncertain"))).toBe("about ");
    expect(qualifier(fact(1, BLS, "2024", "confirmed"))).toBe("");
  });

  it("formats US dollars, with cents only when present", () => {
    expect(formatUsd(64890)).toBe("$64,890");
    expect(formatUsd(24.16)).toBe("$24.16");
  });
});
