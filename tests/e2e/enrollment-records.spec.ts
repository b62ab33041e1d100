// Issue 16 in the browser: an admin records a graduation (a date before the start is refused
// beside the field), updates statuses by CSV (a bad file changes nothing and lists its rows),
// reads the accreditor report with its drill-down and downloads the public CSV; the public
// outcomes page works signed out, hides small groups and names no one.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";
import { axeResults } from "./axe";

async function noAxeViolations(page: Page) {
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function openRecords(page: Page) {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/programs$/);
  await page.getByRole("link", { name: "Manage cohorts and staff" }).first().click();
  await expect(page.getByRole("heading", { name: /Riverbend Community College/ })).toBeVisible();
  await page.getByRole("link", { name: "Enrollment records" }).first().click();
  await expect(page.getByRole("heading", { name: "Enrollment records" })).toBeVisible();
}

test("an admin records a graduation, and a status CSV applies only when every row is right", async ({ page }) => {
  await openRecords(page);
  await noAxeViolations(page);
  await expect(page.getByRole("link", { name: /Former learner E-/ }).first()).toBeVisible();
  await page.getByRole("link", { name: "Sam O'Neil" }).click();
  await expect(page.getByRole("heading", { name: "Sam O'Neil" })).toBeVisible();
  await page.getByLabel("Status", { exact: true }).selectOption("COMPLETED");
  await page.getByLabel("Graduation, withdrawal or transfer date").fill("2020-01-01");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByText(/before the start date/)).toBeVisible();
  await expect(page.getByLabel("Status", { exact: true })).toHaveValue("COMPLETED"); // the choice survives the refusal
  await page.getByLabel("Graduation, withdrawal or transfer date").fill("2026-11-20");
  await page.getByRole("button", { name: "Save status" }).click();
  await expect(page.getByText("Saved; the change is in the history below.")).toBeVisible();
  await page.reload();
  await expect(page.getByText("Status: Enrolled → Graduated")).toBeVisible();
  await noAxeViolations(page);

  await page.getByRole("link", { name: "← Enrollment records" }).click();
  const ref = (
    await page
      .getByRole("row", { name: /Ray Patel/ })
      .locator("code")
      .innerText()
  ).trim();
  const upload = async (csv: string) => {
    await page
      .locator('input[type="file"][name="file"]')
      .setInputFiles({ name: "statuses.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Check and apply" }).click();
  };
  await upload(`ref,status,date,withdrawal_reason\n${ref},withdrawn,2026-10-02,Moved away\nE-NOSUCH,graduated,2026-10-01,\n`);
  await expect(page.getByText("Nothing was changed.")).toBeVisible();
  await expect(page.getByText("No enrollment E-NOSUCH in this program.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: /Ray Patel/ })).toContainText("Enrolled");
  await upload(`ref,status,date,withdrawal_reason\n${ref},withdrawn,2026-10-02,Moved away\n`);
  await expect(page.getByText(/Applied: 1 enrollment changed/)).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row", { name: /Ray Patel/ })).toContainText("Withdrawn");
});

test("the accreditor report drills down; the public page and CSV hide small groups and name no one", async ({ page, browser }) => {
  await openRecords(page);
  await page.getByRole("link", { name: "Accreditor reports" }).first().click();
  await page.getByRole("combobox", { name: "Standard" }).selectOption("ABHES");
  await page.getByLabel("Reporting year").selectOption("2026");
  await page.getByRole("button", { name: "Show" }).click();
  await expect(page.getByRole("heading", { name: "ABHES annual report: 2025–26" })).toBeVisible();
  const retention = page.getByRole("region", { name: "Retention rate" });
  await expect(retention).toContainText(/BE = \d+ · NS = \d+ · RE = \d+ · EE = \d+ · G = \d+/);
  await retention.getByText(/In the numerator/).click();
  await expect(retention.getByText("Lena Fischer")).toBeVisible();
  await noAxeViolations(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: /CSV \(public/ }).click()]);
  const csv = (await (await download.createReadStream()).toArray()).join("");
  expect(csv).toContain("part_BE");
  expect(csv).not.toMatch(/Lena Fischer|E-[A-Z0-9]{6}/);

  const slug = await page.getByRole("link", { name: /^\/outcomes\// }).innerText();
  const signedOut = await browser.newContext();
  const visitor = await signedOut.newPage();
  await visitor.goto(new URL(slug, page.url()).toString());
  await expect(visitor.getByRole("heading", { name: /graduate outcomes/ })).toBeVisible();
  await expect(visitor.getByText(/Any figure over fewer than 10 people is not shown/)).toBeVisible();
  await expect(visitor.getByText("Lena Fischer")).toHaveCount(0);
  await noAxeViolations(visitor);
  await signedOut.close();
});
