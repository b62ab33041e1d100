// Every computed measure has its definition and source in lib/content, and every defined
// measure is computed: the report can always show a figure beside its definition.
import { describe, expect, it } from "vitest";
import { OUTCOME_STANDARD_IDS, OUTCOME_STANDARDS, measureDefinition } from "@/lib/content/outcome-standards";
import { computeStandard } from "@/lib/domain/outcome-standards";

describe.each(OUTCOME_STANDARD_IDS)("%s definitions", (standard) => {
  const computed = computeStandard(standard, 2026, [], "2026-12-31").measures.map((m) => m.id);

  it("define exactly the measures that are computed, in the same order", () => {
    expect(OUTCOME_STANDARDS[standard].measures.map((m) => m.value.id)).toEqual(computed);
  });

  it.each(computed)("%s has a definition, a dated source and, if uncertain, a note naming why", (id) => {
    const def = measureDefinition(standard, id);
    expect(def?.value.definition).toBeTruthy();
    expect(def?.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    if (def?.confidence === "uncertain") expect(def.note).toMatch(/confirm/i);
  });
});
