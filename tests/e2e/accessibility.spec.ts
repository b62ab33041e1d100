// axe-core on every page, signed out and as each role: zero violations.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";
import { axeResults } from "./axe";

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("public pages", async ({ page, consoleErrors }) => {
  consoleErrors.allowNotFound("/no-such-page");
  for (const path of [
    "/",
    "/careers",
    "/for-programs",
    "/quiz",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/reset-password?token=x",
    "/sign-up/confirm?token=x",
    "/dev/outbox",
    "/design",
    "/no-such-page",
    "/invite?token=x",
  ]) {
    await expectNoViolations(page, path);
  }
});

test("signed-in pages for each role", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  for (const path of ["/learner", "/account", "/learner/job", "/learner/privacy", "/join", "/join?code=RIVER-CPC-26"])
    await expectNoViolations(page, path);
  await page.context().clearCookies();
  await signIn(page, demo.advisor);
  await expect(page).toHaveURL(/\/advisor$/);
  await expectNoViolations(page, "/advisor");
  await page.context().clearCookies();
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/programs$/);
  await expectNoViolations(page, "/programs");
  await expectNoViolations(page, "/programs/new");
});
