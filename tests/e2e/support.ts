// Shared e2e helpers: act as a person would (labels, roles), read emails from the outbox.
import { expect, type Page } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../lib/demo-accounts";

export const DEMO_PASSWORD = DEMO_ACCOUNTS.password;
export const demo = {
  learner: DEMO_ACCOUNTS.users[0].email,
  advisor: DEMO_ACCOUNTS.users[1].email,
  admin: DEMO_ACCOUNTS.users[2].email,
};

export function uniqueEmail(tag: string): string {
  return `${tag}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@example.test`;
}

export async function signIn(page: Page, email: string, password: string = DEMO_PASSWORD) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** The newest link to `path` in an email to `to`, read from the development outbox. */
export async function outboxLink(page: Page, to: string, path: string): Promise<string> {
  await page.goto("/dev/outbox");
  const email = page.getByRole("article", { name: new RegExp(`Email to ${to.replace(/[.+]/g, "\\$&")}`) }).first();
  const href = await email
    .getByRole("link", { name: new RegExp(path) })
    .first()
    .getAttribute("href");
  if (!href) throw new Error(`no ${path} link for ${to}`);
  return href;
}

/** A new learner through the real flow: sign up, confirm via the outbox link, sign in (lands on onboarding). */
export async function signUpConfirmAndSignIn(page: Page, name: string, email: string, password: string) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await outboxLink(page, email, "/sign-up/confirm"));
  await page.getByLabel("Password").fill(password); // the password chosen at sign-up confirms it
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByText("Your account is ready")).toBeVisible();
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/learner\/onboarding$/);
}
