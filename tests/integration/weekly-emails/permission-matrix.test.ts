// The weekly email actions' generated access matrix (tests/support/action-matrix.ts).
import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { describeActionMatrix } from "../../support/action-matrix";
import { WEEKLY_EMAIL_FIXTURES } from "./action-fixtures";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

describeActionMatrix({
  feature: "weekly emails",
  folder: "weekly-emails",
  fixtures: WEEKLY_EMAIL_FIXTURES,
  signIn: (user) => {
    session.user = user;
  },
});
