// The design-system logic that is plain functions: class merging and the variant tables.
import { describe, expect, it } from "vitest";
import { badgeVariants, BADGE_TONES } from "@/lib/ui/primitives/badge-variants";
import { buttonVariants } from "@/lib/ui/primitives/button-variants";
import { cn } from "@/lib/ui/primitives/cn";
import { clsx } from "clsx";

const classes = (s: string) => s.split(/\s+/).filter(Boolean);

describe("cn", () => {
  it("joins truthy classes and drops falsy ones", () => {
    expect(cn("a", false, null, undefined, "b", { c: true, d: false })).toBe("a b c");
  });
  it("lets a later Tailwind class of the same kind win", () => {
    expect(cn("px-4 py-2", "px-2")).toBe("py-2 px-2");
    expect(cn("bg-brand-700 text-white", "bg-red-700")).toBe("text-white bg-red-700");
  });
  it("keeps classes of different kinds", () => {
    expect(cn("w-full", "min-h-10")).toBe("w-full min-h-10");
  });
});

describe("buttonVariants", () => {
  it("defaults to the primary tier at medium size", () => {
    expect(buttonVariants()).toBe(buttonVariants({ variant: "primary", size: "md" }));
    expect(classes(buttonVariants())).toContain("bg-brand-700");
  });
  it("gives each tier its own look", () => {
    const looks = (["primary", "secondary", "ghost", "destructive", "destructive-subtle"] as const).map((variant) =>
      buttonVariants({ variant }),
    );
    expect(new Set(looks).size).toBe(5);
    expect(classes(buttonVariants({ variant: "destructive" }))).toContain("bg-red-700");
    expect(classes(buttonVariants({ variant: "ghost" }))).not.toContain("border");
  });
  it("small buttons keep a 32 px target", () => {
    expect(classes(buttonVariants({ size: "sm" }))).toContain("min-h-8");
  });
  it("a caller's class overrides the variant through cn", () => {
    expect(classes(buttonVariants({ className: "px-8" }))).toContain("px-8");
    expect(classes(cn(buttonVariants(), "px-8"))).not.toContain("px-4");
  });
  it("layout classes callers pass never collide with a variant (browser primitives join with clsx, not tailwind-merge)", () => {
    for (const variant of ["primary", "secondary", "ghost", "destructive", "destructive-subtle"] as const)
      for (const size of ["sm", "md"] as const)
        for (const layout of ["w-full", "mt-6", "shrink-0", "no-print"]) {
          const base = buttonVariants({ variant, size });
          expect(cn(base, layout)).toBe(clsx(base, layout));
        }
  });
  it("marks a pressed toggle differently from an unpressed one", () => {
    expect(classes(buttonVariants({ variant: "secondary" }))).toContain("aria-pressed:bg-emerald-50");
  });
  it("shows disabled and aria-disabled alike", () => {
    const c = classes(buttonVariants());
    expect(c).toContain("disabled:opacity-60");
    expect(c).toContain("aria-disabled:opacity-60");
  });
});

describe("badgeVariants", () => {
  it("has five severity tiers, each with distinct classes", () => {
    expect(BADGE_TONES).toEqual(["neutral", "info", "success", "warning", "danger"]);
    expect(new Set(BADGE_TONES.map((tone) => badgeVariants({ tone }))).size).toBe(5);
  });
  it("defaults to neutral", () => {
    expect(badgeVariants()).toBe(badgeVariants({ tone: "neutral" }));
  });
});
