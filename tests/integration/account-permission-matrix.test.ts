// The account actions' generated access matrix (tests/support/action-matrix.ts). Only the
// password change needs a session; sign-in, sign-up, reset and sign-out are public.
import { vi } from "vitest";
import type { CurrentUser } from "@/lib/auth/current-user";
import { describeActionMatrix, type ActionFixture } from "../support/action-matrix";
import { actorFor, createUser, TEST_PASSWORD } from "../support/factories";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => session.user, requireUser: async () => session.user }));
// The new session cookie is Auth.js's business; here the password change itself is checked.
vi.mock("@/lib/actions/auth/auth-js", () => ({ auth: async () => null, signIn: async () => undefined, signOut: async () => undefined }));
vi.mock("next-auth", () => ({ AuthError: class AuthError extends Error {} }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined, has: () => false }),
  headers: async () => new Headers(),
}));

const ACCOUNT_FIXTURES: Record<string, ActionFixture> = {
  changePasswordAction: async () => {
    const user = await createUser();
    return {
      actor: actorFor(user, ["learner"]),
      form: { currentPassword: TEST_PASSWORD, newPassword: "a much longer passphrase 42", confirmPassword: "a much longer passphrase 42" },
    };
  },
};

describeActionMatrix({
  feature: "accounts",
  folder: "auth",
  fixtures: ACCOUNT_FIXTURES,
  signIn: (user) => {
    session.user = user;
  },
});
