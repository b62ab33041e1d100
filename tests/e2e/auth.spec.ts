import { expect, test } from "./fixtures";
import { outboxLink, signIn, signOut, uniqueEmail } from "./support";

test("sign up, confirm by email, sign in, sign out, sign in again", async ({ page }) => {
  const email = uniqueEmail("signup");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Jordan Avery");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email); // what was typed is kept

  await page.getByLabel("Password").fill("password123");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("This password is too common")).toBeVisible();

  await page.getByLabel("Password").fill("a sturdy passphrase 42");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.getByRole("button", { name: "Send the link again" }).click();
  await expect(page.getByText(`We sent a new link to ${email}.`)).toBeVisible();

  // The newest link (from "Send the link again") creates the account.
  await page.goto(await outboxLink(page, email, "/sign-up/confirm"));
  await page.getByLabel("Password").fill("a sturdy passphrase 42"); // the password chosen at sign-up confirms it
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByText("Your account is ready")).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(email);

  await page.getByLabel("Password").fill("a sturdy passphrase 42");
  await page.getByRole("button", { name: "Sign in" }).click();
  // A new learner's dashboard sends them to onboarding first.
  await expect(page).toHaveURL(/\/learner\/onboarding$/);
  await expect(page.getByRole("heading", { name: "Get started" })).toBeVisible();

  // The account page lists both confirmation emails with their delivery.
  await page.goto("/account");
  const emails = page.locator("#emails");
  await expect(emails.getByText("Confirm your Chartpath account")).toHaveCount(2);
  await expect(emails.getByText(/^email (queued|in the development outbox)$/).first()).toBeVisible();

  await signOut(page);
  await page.goto("/learner");
  await expect(page).toHaveURL(/\/sign-in/);
  await signIn(page, email, "a sturdy passphrase 42");
  await expect(page).toHaveURL(/\/learner\/onboarding$/);
});

test("wrong password and unknown email get the same message", async ({ page }) => {
  await signIn(page, "learner@demo.chartpath.test", "not the password");
  const message = page.locator("form [role=alert]");
  await expect(message).toHaveText("Email or password is incorrect.");
  await signIn(page, uniqueEmail("nobody"), "not the password");
  await expect(message).toHaveText("Email or password is incorrect.");
});

test("repeated wrong passwords are throttled", async ({ page }) => {
  const email = uniqueEmail("throttle");
  for (let i = 0; i < 10; i++) {
    await signIn(page, email, `wrong guess ${i}`);
    await expect(page.locator("form [role=alert]")).toBeVisible();
  }
  await signIn(page, email, "one more guess");
  await expect(page.locator("form [role=alert]")).toHaveText(/Too many sign-in attempts/);
});

test("reset a forgotten password through a single-use emailed link", async ({ page }) => {
  const email = uniqueEmail("reset");
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill("Riley Chen");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("original passphrase 1");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await outboxLink(page, email, "/sign-up/confirm"));
  await page.getByLabel("Password").fill("original passphrase 1"); // the password chosen at sign-up confirms it
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByText("Your account is ready")).toBeVisible();

  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText(/If an account exists/)).toBeVisible();

  const link = await outboxLink(page, email, "/reset-password");
  await page.goto(link);
  await page.getByLabel("New password").fill("replacement passphrase 2");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Your password was changed")).toBeVisible();

  await page.goto(link); // replayed link
  await expect(page.getByRole("alert").filter({ hasText: "invalid, expired or already used" })).toBeVisible();

  await signIn(page, email, "original passphrase 1");
  await expect(page.locator("form [role=alert]")).toHaveText("Email or password is incorrect.");
  await signIn(page, email, "replacement passphrase 2");
  await expect(page).toHaveURL(/\/learner\/onboarding$/);
});

test("a tampered session cookie is treated as signed out", async ({ page, context }) => {
  await context.addCookies([{ name: "authjs.session-token", value: "tampered.garbage.value", url: "http://127.0.0.1:3100" }]);
  const response = await page.goto("/learner");
  expect(response?.status()).toBeLessThan(500);
  await expect(page).toHaveURL(/\/sign-in/);
});
