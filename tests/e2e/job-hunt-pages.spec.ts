// The demo learner's job-hunt pages: seeded data reads right, PHI guard asks before saving,
// a binary renamed .docx gets a clear error, and every page passes axe with zero violations.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";
import { axeResults } from "./axe";

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("job-hunt pages have no axe violations", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  for (const path of [
    "/learner/resume",
    "/learner/match",
    "/learner/applications",
    "/learner/applications?view=table",
    "/learner/applications/new",
    "/learner/applications/funnel",
    "/learner/applications/import",
    "/learner/remote",
    "/learner/portfolio",
    "/learner/report",
  ]) {
    await expectNoViolations(page, path);
  }
  await page.goto("/learner/applications?view=table&sort=company");
  await page.getByRole("link", { name: "Lakeshore Health Partners" }).click();
  await expect(page.getByRole("heading", { name: "Job-description match" })).toBeVisible();
  const results = await axeResults(page);
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("demo data, PHI guard and bad uploads", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  await page.goto("/learner/applications");
  await expect(page.getByText("(overdue)")).toHaveCount(2);
  await expect(page.getByText("(today)")).toHaveCount(1);
  await expect(page.getByRole("region", { name: /^Accepted/ }).getByRole("listitem")).toHaveCount(1);

  await page.goto("/learner/remote");
  await expect(page.getByText(/1–2 years of on-site experience/)).toBeVisible();
  await expect(page.getByRole("button", { name: /A shredder: Mark ready/ })).toHaveAttribute("aria-pressed", "false");

  await page.goto("/learner/portfolio");
  await page.getByLabel("Title").fill("Inpatient case");
  await page
    .getByLabel(/Exercise or case study/)
    .fill("Patient: Maria Lopez, DOB 04/12/1958, MRN 00482913. Principal diagnosis coded with ICD-10-CM.");
  await page.getByRole("button", { name: "Add to portfolio" }).click();
  await expect(page.getByText(/This looks like patient information/)).toBeVisible();
  await expect(page.getByLabel(/Exercise or case study/)).toHaveValue(/Maria Lopez/);
  await page.getByLabel(/Exercise or case study/).fill("Invented scenario: principal diagnosis coded with ICD-10-CM; no patient details.");
  await page.getByRole("button", { name: "Add to portfolio" }).click();
  await expect(page.getByText("Added to your portfolio.")).toBeVisible();

  await page.goto("/learner/resume");
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: "resume.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]),
  });
  await page.getByRole("button", { name: "Save resume" }).click();
  await expect(page.getByText(/not a Word .docx document/).first()).toBeVisible();
  await page.getByLabel("Resume text").fill("x".repeat(60_000));
  await page.getByRole("button", { name: "Save resume" }).click();
  await expect(page.getByText(/the limit is 50,000/).first()).toBeVisible();
});
