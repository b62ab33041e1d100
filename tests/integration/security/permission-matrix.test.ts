// The access matrix's coverage: every export of every "use server" file declares its access
// with userAction/publicAction and names a real permission, every action folder has a
// generated matrix test (tests/support/action-matrix.ts, one per feature), and every
// permission in the table is enforced somewhere.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { PERMISSIONS } from "@/lib/auth/permissions";
import { discoverActions, serverActionFiles } from "../../support/action-discovery";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("@/lib/actions/auth/auth-js", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));

function sourceFiles(dir: string, pattern = /\.tsx?$/): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && pattern.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe("permission matrix coverage", () => {
  it("every server action declares its access, and each declared permission exists", async () => {
    const actions = await discoverActions();
    expect(actions.length).toBeGreaterThan(50);
    expect(actions.filter((a) => a.access === undefined).map((a) => `${a.file}: ${a.name}`)).toEqual([]);
    for (const a of actions) if (a.access !== "public") expect(PERMISSIONS, a.name).toHaveProperty(a.access!);
    const guarded = actions.filter((a) => a.access !== "public").length;
    console.log(`[matrix] ${actions.length} actions (${guarded} with a permission), ${Object.keys(PERMISSIONS).length} permissions`);
  });

  it("one action per file", () => {
    const many = serverActionFiles().filter((f) => (readFileSync(f, "utf8").match(/^export /gm) ?? []).length !== 1);
    expect(many).toEqual([]);
  });

  it("every action folder has a generated matrix test", () => {
    const folders = [...new Set(serverActionFiles().map((f) => path.relative("lib/actions", path.dirname(f))))].sort();
    const covered = sourceFiles("tests/integration", /permission-matrix\.test\.ts$/)
      .flatMap((f) => [...readFileSync(f, "utf8").matchAll(/folder: "([\w-]+)"/g)].map((m) => m[1]!))
      .sort();
    expect(covered).toEqual(folders);
  });

  it("every permission in the table is enforced somewhere in lib/ or app/", () => {
    const code = [...sourceFiles("lib"), ...sourceFiles("app")]
      .filter((f) => !f.startsWith("lib/auth/permissions"))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    const unused = Object.keys(PERMISSIONS).filter((p) => !code.includes(`"${p}"`));
    expect(unused).toEqual([]);
  });
});
