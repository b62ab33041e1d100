import { describe, expect, it } from "vitest";
import { publicOutcomesSlug } from "@/lib/domain/public-outcomes-link";

describe("publicOutcomesSlug", () => {
  const app = "https://chartpath.example";
  it("finds the slug of this instance's public outcomes page", () => {
    expect(publicOutcomesSlug("https://chartpath.example/outcomes/riverbend-college", app)).toBe("riverbend-college");
    expect(publicOutcomesSlug("https://chartpath.example/outcomes/riverbend-college/", app)).toBe("riverbend-college");
  });
  it("ignores other sites, other paths and junk", () => {
    expect(publicOutcomesSlug("https://evil.example/outcomes/riverbend", app)).toBeNull();
    expect(publicOutcomesSlug("https://chartpath.example/programs/riverbend", app)).toBeNull();
    expect(publicOutcomesSlug("https://chartpath.example/outcomes/../admin", app)).toBeNull();
    expect(publicOutcomesSlug("not a url at all", "also not")).toBeNull();
    expect(publicOutcomesSlug(null, app)).toBeNull();
    expect(publicOutcomesSlug(`https://chartpath.example/outcomes/${"a".repeat(200)}`, app)).toBeNull();
  });
});
