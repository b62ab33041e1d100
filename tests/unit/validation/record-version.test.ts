// The record version a form posts (lib/data/optimistic-lock): a blank or missing one used to
// coerce to 0 and so matched every never-edited application, bypassing the lock.
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { updateApplicationSchema } from "@/lib/actions/job-hunt/schemas";
import { updateShortlistSchema } from "@/lib/actions/learner/schemas";
import { recordVersion } from "@/lib/domain/form-fields";

describe("recordVersion", () => {
  it.each(["", " ", "-1", "1.5", "1e3", "abc", "9999999999"])("refuses %j", (raw) => {
    expect(recordVersion.safeParse(raw).success).toBe(false);
  });

  it("reads whole versions", () => {
    expect(recordVersion.parse("0")).toBe(0);
    expect(recordVersion.parse("17")).toBe(17);
  });

  it("both editable records' forms use it: a blank version is a field error, not version 0", () => {
    for (const schema of [updateApplicationSchema, updateShortlistSchema] as z.ZodType[]) {
      const result = schema.safeParse({ id: "x", version: "", name: "A", company: "B", title: "C" });
      expect(result.success).toBe(false);
      if (!result.success) expect(z.flattenError(result.error).fieldErrors).toHaveProperty("version");
    }
  });
});
