// Every Fact exported by the career reference modules carries a source label, an as-of date
// and a valid confidence; found by walking each module's exports.
import { describe, expect, it } from "vitest";
import type { Fact } from "@/lib/content/fact";
import * as careerPaths from "@/lib/content/career-paths";
import * as credentials from "@/lib/content/credentials";
import * as trainingRoutes from "@/lib/content/training-routes";
import * as laborMarket from "@/lib/content/labor-market";
import * as remoteReadiness from "@/lib/content/remote-readiness";
import * as outcomeStandards from "@/lib/content/outcome-standards";

function isFact(value: unknown): value is Fact<unknown> {
  return typeof value === "object" && value !== null && "value" in value && "source" in value && "asOf" in value && "confidence" in value;
}

function collectFacts(value: unknown, path: string, out: Array<{ path: string; fact: Fact<unknown> }>, seen = new Set<unknown>()): void {
  if (typeof value !== "object" || value === null || seen.has(value)) return;
  seen.add(value);
  if (isFact(value)) {
    out.push({ path, fact: value });
    return;
  }
  for (const [key, child] of Object.entries(value)) collectFacts(child, `${path}.${key}`, out, seen);
}

const MODULES = { careerPaths, credentials, trainingRoutes, laborMarket, remoteReadiness, outcomeStandards };

describe.each(Object.entries(MODULES))("facts in %s", (name, mod) => {
  const found: Array<{ path: string; fact: Fact<unknown> }> = [];
  collectFacts(mod, name, found);

  it("exports at least one fact", () => {
    expect(found.length).toBeGreaterThan(0);
  });

  it.each(found.map((f) => [f.path, f.fact] as const))("%s has source, asOf and confidence", (_path, f) => {
    expect(f.source.label.trim()).not.toBe("");
    expect(f.asOf.trim()).not.toBe("");
    expect(["confirmed", "uncertain"]).toContain(f.confidence);
    if (f.source.url !== undefined) expect(f.source.url).toMatch(/^https:\/\/\S+$/);
  });
});
