// The program actions' generated access matrix (tests/support/action-matrix.ts).
import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { describeActionMatrix } from "../../support/action-matrix";
import { PROGRAM_FIXTURES } from "./action-fixtures";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

describeActionMatrix({
  feature: "programs",
  folder: "programs",
  fixtures: PROGRAM_FIXTURES,
  signIn: (user) => {
    session.user = user;
  },
});
