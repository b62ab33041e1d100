// First-load JS stays under QUALITY.md's 150 kB only if client components do not pull in
// server-side libraries. This walks every "use client" module's value imports (type-only
// imports are erased) through the project and fails if one reaches a heavy server library.
import { existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join, dirname, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(__dirname, "../..");
const HEAVY = ["zod", "papaparse", "mammoth", "@prisma/client", "pg", "nodemailer", "@node-rs/argon2"];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return f === "generated" || f === "node_modules" ? [] : files(p);
    return /\.(ts|tsx)$/.test(f) ? [p] : [];
  });
}

function resolveLocal(spec: string, from: string): string | null {
  const base = spec.startsWith("@/") ? join(ROOT, spec.slice(2)) : spec.startsWith(".") ? resolve(dirname(from), spec) : null;
  if (!base) return null;
  for (const c of [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts"), join(base, "index.tsx")])
    if (existsSync(c) && statSync(c).isFile()) return c;
  return null;
}

function valueImports(file: string): string[] {
  const src = readFileSync(file, "utf8");
  return [...src.matchAll(/^\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?["']([^"']+)["']/gm)].map((m) => m[1]!);
}

function heavyReach(entry: string): string[] {
  const seen = new Set<string>(),
    hits: string[] = [];
  const walk = (file: string, path: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    // A server action module is a reference on the client, not bundled code.
    if (file !== entry && /^\s*["']use server["']/m.test(readFileSync(file, "utf8").slice(0, 200))) return;
    for (const spec of valueImports(file)) {
      if (HEAVY.some((h) => spec === h || spec.startsWith(`${h}/`)))
        hits.push([...path, spec].map((p) => p.replace(`${ROOT}/`, "")).join(" → "));
      const local = resolveLocal(spec, file);
      if (local) walk(local, [...path, local]);
    }
  };
  walk(entry, [entry]);
  return hits;
}

describe("client bundles", () => {
  const clientFiles = [...files(join(ROOT, "lib")), ...files(join(ROOT, "app"))].filter((f) =>
    /^\s*["']use client["']/.test(readFileSync(f, "utf8")),
  );

  it("finds the client components", () => {
    expect(clientFiles.length).toBeGreaterThan(10);
  });

  it("no client component imports zod, CSV/DOCX parsers, the database or mail libraries", () => {
    const problems = clientFiles.flatMap(heavyReach);
    expect(problems).toEqual([]);
  });
});
