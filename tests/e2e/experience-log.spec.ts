// A new CPC-A logs a job and an externship, sees the route progress match a hand count, has a
// bad period refused beside the field, edits a period, deletes one behind the confirmation.
import { expect, test } from "./fixtures";
import { uniqueEmail } from "./support";
import { isoDaysFromToday, signUpConfirmAndSignIn } from "./learner-journey-support";

test("a learner logs a job and an externship and sees progress toward each removal route", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpConfirmAndSignIn(page, "Jordan Lee", uniqueEmail("apprentice"), "a sturdy passphrase 17");
  await page.goto("/learner/path");
  await page.getByRole("radio", { name: /^Medical coding/ }).check();
  await page.getByLabel("Credential").selectOption("CPC");
  await page.getByRole("radio", { name: /^Associate degree \(AAS\)/ }).check();
  await page.getByRole("button", { name: "Save my choice" }).click();
  await expect(page.getByText("Saved.", { exact: false })).toBeVisible();

  await page.goto("/learner/credential");
  await page.getByLabel("Date of the exam").fill(isoDaysFromToday(-3));
  await page.getByRole("radio", { name: "Passed" }).check();
  await page.getByRole("button", { name: "Record result" }).click();
  await expect(page.getByText(/status: Passed \(apprentice\)/)).toBeVisible();
  await page.getByRole("link", { name: "Log your jobs, externships and courses →" }).click();
  await expect(page).toHaveURL(/\/learner\/credential\/experience$/);
  await expect(page.getByText("Nothing logged yet.", { exact: false })).toBeVisible();

  // A full-time coding job, Jan–Jun 2025: 6 months.
  const form = page.locator("#period-form");
  await form.getByLabel("Employer").fill("Lakeside Clinic");
  await form.getByLabel("Job title").fill("Coder");
  await form.getByLabel("Start date").fill("2025-01-01");
  await form.getByLabel("End date").fill("2025-06-30");
  await form.getByLabel("Hours per week").fill("40");
  await form.getByLabel("Share of the time spent coding or billing (%)").fill("100");
  await form.getByLabel("Used CPT®").check();
  await form.getByRole("button", { name: "Log a job" }).click();
  await expect(page.getByRole("cell", { name: "Coder · Lakeside Clinic" })).toBeVisible();

  // A bad externship first: hours over 80 a week are refused beside the field.
  await form.getByRole("link", { name: "Externship" }).click();
  await form.getByLabel("Externship site").fill("Mercy Billing Office");
  await form.getByLabel("Supervisor's name").fill("Dana Ortiz");
  await form.getByLabel("Start date").fill("2025-07-01");
  await form.getByLabel("End date").fill("2025-07-02");
  await form.getByLabel("Total hours on site").fill("120");
  await form.getByLabel("Share of the time spent coding or billing (%)").fill("70");
  await form.getByRole("button", { name: "Log an externship" }).click();
  await expect(form.getByText("That is more than 80 hours a week over these dates.")).toBeVisible();
  await expect(form.getByLabel("Externship site")).toHaveValue("Mercy Billing Office");
  // July 1–28: 120 h × 70 % over 28 days = 21 coding h a week = 0.7 of full time, 28/31 of July = 0.63 months.
  await form.getByLabel("End date").fill("2025-07-28");
  await form.getByRole("button", { name: "Log an externship" }).click();
  await expect(page.getByRole("cell", { name: "Mercy Billing Office" })).toBeVisible();

  const progress = page.locator("section").filter({ has: page.getByRole("heading", { name: "Removing apprentice status (CPC-A)" }) });
  await expect(progress.getByText("6.6", { exact: true })).toBeVisible();
  await expect(progress.getByText(/17\.4 more month\(s\) of coding experience/)).toBeVisible();
  // One year with the course, or with Practicode: 5.4 months to go on both.
  await expect(progress.getByText(/5\.4 more month\(s\) of coding experience/)).toHaveCount(2);
  await expect(progress.getByText("No date yet at the current pace.").first()).toBeVisible();

  // Edit the job to half its hours (20 h a week = 2/3 of full time): 4 + 0.63 = 4.6 months.
  await page.getByRole("link", { name: "Edit: Coder · Lakeside Clinic" }).click();
  await expect(page.getByRole("heading", { name: "Edit: job" })).toBeVisible();
  await form.getByLabel("Hours per week").fill("20");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(progress.getByText("4.6", { exact: true })).toBeVisible();

  // Delete the externship behind the confirmation dialog.
  await page.getByRole("button", { name: "Delete: Mercy Billing Office" }).click();
  await page.getByRole("alertdialog", { name: "Delete this period?" }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("cell", { name: "Mercy Billing Office" })).toHaveCount(0);
  await expect(progress.getByText("4", { exact: true })).toBeVisible();

  // The credential page shows the same progress (the dashboard line is covered with the demo learner's data).
  await page.goto("/learner/credential");
  const card = page.locator("section").filter({ has: page.getByRole("heading", { name: "Removing apprentice status (CPC-A)" }) });
  await expect(card.getByText(/20 more month\(s\) of coding experience/)).toBeVisible();
  await expect(card.getByRole("link", { name: "Your experience log (1) →" })).toBeVisible();
});
