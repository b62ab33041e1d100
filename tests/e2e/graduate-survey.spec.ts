// A graduate answers their survey from the emailed link on a phone, without an account (issue 16,
// item 3): the demo seed leaves one open survey whose email sits in the development outbox. Bad
// input is answered beside the field; after answering, the same link says it was used.
import { expect, test } from "./fixtures";
import { axeResults } from "./axe";

test.use({ viewport: { width: 360, height: 780 } });

test("a graduate answers the survey from the emailed link without signing in, once", async ({ page, context }) => {
  await page.goto("/dev/outbox");
  const email = page.getByRole("article").filter({ hasText: "would like to know how you are doing" }).first();
  const href = await email
    .getByRole("link", { name: /\/survey\// })
    .first()
    .getAttribute("href");
  expect(href).toMatch(/\/survey\/[A-Za-z0-9_-]{43}$/);
  const link = new URL(href!).pathname;
  await context.clearCookies();

  await page.goto(link);
  await expect(page).toHaveURL(link); // no sign-in redirect
  await expect(page.getByRole("heading", { name: "How are you doing since graduating?" })).toBeVisible();
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(360);
  expect((await axeResults(page)).violations).toEqual([]);

  await page.getByRole("radio", { name: "Working for an employer" }).check();
  await page.getByRole("textbox", { name: "Employer" }).fill("Lakeshore Health");
  await page.getByRole("textbox", { name: "Job title" }).fill("Billing specialist");
  const started = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
  await page.getByLabel("Start date").fill(started);
  await page.getByRole("textbox", { name: "Hours per week" }).fill("90");
  await page.getByRole("radio", { name: /^In the field/ }).check();
  await page.getByRole("button", { name: "Send my answer" }).click();
  await expect(page.locator("#survey-field-hoursPerWeek-error")).toHaveText("Hours per week must be at most 80.");
  // What was typed is kept.
  await expect(page.getByRole("textbox", { name: "Employer" })).toHaveValue("Lakeshore Health");

  await page.getByRole("textbox", { name: "Hours per week" }).fill("38");
  await page.getByRole("button", { name: "Send my answer" }).click();
  await expect(page.getByRole("heading", { name: "Thank you" })).toBeVisible();

  // The link now only says it was used; nothing of the answer or the graduate is shown.
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "This survey has been answered" })).toBeVisible();
  await expect(page.getByText("Lakeshore Health")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Send my answer" })).toHaveCount(0);
});
