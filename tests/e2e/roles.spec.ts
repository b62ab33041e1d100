import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";

test("each demo role lands in its own area", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  await expect(page.getByText("Coding Certificate — Spring 2026")).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, demo.advisor);
  await expect(page).toHaveURL(/\/advisor$/);
  await expect(page.getByRole("rowheader", { name: /Dana Whitfield/ })).toBeVisible();

  await page.context().clearCookies();
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/programs$/);
  await expect(page.getByRole("heading", { name: /Riverbend Community College/ })).toBeVisible();
});

test("pages of a role the person does not hold answer not found", async ({ page, consoleErrors }) => {
  for (const path of ["/advisor", "/programs", "/learner"]) consoleErrors.allowNotFound(path);
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  for (const path of ["/advisor", "/programs"]) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  }
  await page.context().clearCookies();
  await signIn(page, demo.advisor);
  await expect(page).toHaveURL(/\/advisor$/);
  expect((await page.goto("/programs"))?.status()).toBe(404);
  expect((await page.goto("/learner"))?.status()).toBe(404);
});

test("signed-out visitors are sent to sign-in and come back after", async ({ page }) => {
  await page.goto("/programs");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fprograms/);
  await page.getByLabel("Email").fill(demo.admin);
  await page.getByLabel("Password").fill("chartpath-demo-2026");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/programs$/);
});
