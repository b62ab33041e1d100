// Editing one application in two tabs, importing a spreadsheet with bad rows, exporting CSV,
// printing the activity report and reading the funnel.
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { addApplication, signUpLearner } from "./job-hunt-support";

test("two tabs editing one application: the second save reports a conflict with both versions", async ({ page, context }) => {
  await signUpLearner(page, "Casey Tabs");
  const url = await addApplication(page, "Two Tabs Clinic");
  const second = await context.newPage();
  await second.goto(url);

  await page.getByLabel("Notes").fill("Recruiter said: interviews start in May.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Changes saved.")).toBeVisible();

  await second.getByLabel("Notes").fill("Salary band is 42-46k.");
  await second.getByRole("button", { name: "Save changes" }).click();
  await expect(second.locator("form [role=alert]")).toContainText("changed in another tab");
  const compare = second.getByRole("table", { name: /compare the versions/ });
  await expect(compare.getByRole("row", { name: /Notes/ })).toContainText("Recruiter said: interviews start in May.");
  await expect(compare.getByRole("row", { name: /Notes/ })).toContainText("Salary band is 42-46k.");
  await expect(second.getByLabel("Notes")).toHaveValue("Salary band is 42-46k."); // nothing typed is lost
  await second.getByRole("button", { name: "Re-apply my changes" }).click();
  await expect(second.getByText("Changes saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Notes")).toHaveValue("Salary band is 42-46k.");
});

test("import with bad rows, fix, import; export CSV; activity report; funnel", async ({ page }) => {
  await signUpLearner(page, "Morgan Sheets");
  const today = new Date().toISOString().slice(0, 10);
  const bad = `Employer,Position,Status,Date applied,Remote?\nNorth Clinic,Coder,Applied,${today},Remote\n,Billing Specialist,Applied,${today},Hybrid\nEast Lab,Coder,Hired,${today},Remote\n`;
  await page.goto("/learner/applications/import");
  await expect(page.getByText("Up to 2 MB and 1,000 rows")).toBeVisible();
  await page.getByLabel("CSV file").setInputFiles({ name: "apps.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Preview" }).click();
  await expect(page.getByLabel("Company (required)")).toHaveValue("Employer");
  await expect(page.getByRole("status").filter({ hasText: "1 ready, 2 with problems" })).toBeVisible();
  const problems = page.getByRole("table", { name: "Rows with problems" });
  await expect(problems.getByRole("row", { name: /Row 3/ })).toContainText("Enter the company.");
  await expect(problems.getByRole("row", { name: /Row 4/ })).toContainText("Stage “Hired”");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);
  await page.goto("/learner/applications");
  await expect(page.getByText("No applications yet.")).toBeVisible(); // nothing half-imported

  const good = bad.replace(",Billing Specialist", "South Hospital,Billing Specialist").replace("Hired", "Interviewing");
  await page.goto("/learner/applications/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "apps.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByRole("button", { name: "Import 3 applications" }).click();
  await expect(page.getByText("Imported 3 applications.")).toBeVisible();

  await page.goto("/learner/applications");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export CSV" }).click()]);
  const csv = await readFile((await download.path())!, "utf8");
  expect(csv.replace(/^\uFEFF/, "").split("\r\n")[0]).toMatch(/^Company,Title,Role type,Work mode/);
  expect(csv).toContain("North Clinic,Coder,Other,Remote");
  expect(csv).toContain(`${today} Interviewing`);

  await page.goto("/learner/report");
  await expect(page.getByRole("heading", { name: "Applications submitted (3)" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Learner sections" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Print report" })).toBeHidden();
  await expect(
    page
      .getByRole("cell", { name: "South Hospital" })
      .or(page.getByRole("rowheader", { name: "South Hospital" }))
      .first(),
  ).toBeVisible();
  await page.emulateMedia({ media: "screen" });

  await page.goto("/learner/applications/funnel");
  await expect(page.getByRole("row", { name: /Response rate/ })).toContainText("33% (1 of 3 applied)");
  await expect(page.getByText(/Responded: the employer answered/)).toBeVisible();
  await page.getByLabel("From").fill("2030-01-02");
  await page.getByLabel("To").fill("2030-01-01");
  await page.getByRole("button", { name: "Show period" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "“To” must be on or after “From”." })).toBeVisible();
});

test("import with custom headers: chosen mappings survive Check again, a broken quote is listed, then import", async ({ page }) => {
  await signUpLearner(page, "Casey Columns");
  const today = new Date().toISOString().slice(0, 10);
  // Headers no alias matches, so every mapping is the user's own choice.
  const file = (rows: string) => `Org,Job,Notes\n${rows}`;
  const broken = file(`North Clinic,Coder,"met at job fair\nSouth Hospital,Biller,applied ${today}\n`);
  await page.goto("/learner/applications/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "apps.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByLabel("Company (required)").selectOption("Org");
  await page.getByLabel("Title (required)").selectOption("Job");
  await page.getByLabel("Notes").selectOption("Notes");
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 rows: 1 ready, 1 with problems" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Rows with problems" }).getByRole("row", { name: /Row 2/ })).toContainText(
    "Line 2: A quoted cell is never closed",
  );
  await expect(page.getByLabel("Company (required)")).toHaveValue("Org");
  await expect(page.getByLabel("Title (required)")).toHaveValue("Job");
  await expect(page.getByLabel("Notes")).toHaveValue("Notes");
  await expect(page.getByRole("button", { name: /^Import/ })).toHaveCount(0);

  await page.goto("/learner/applications/import");
  await page.getByLabel("CSV file").setInputFiles({
    name: "apps.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(file(`North Clinic,Coder,met at job fair\nSouth Hospital,Biller,applied ${today}\n`)),
  });
  await page.getByRole("button", { name: "Preview" }).click();
  await page.getByLabel("Company (required)").selectOption("Org");
  await page.getByLabel("Title (required)").selectOption("Job");
  await page.getByRole("button", { name: "Check again" }).click();
  await expect(page.getByRole("status").filter({ hasText: "2 rows: 2 ready, 0 with problems" })).toBeVisible();
  await expect(page.getByLabel("Company (required)")).toHaveValue("Org");
  await page.getByRole("button", { name: "Import 2 applications" }).click();
  await expect(page.getByText("Imported 2 applications.")).toBeVisible();
});
