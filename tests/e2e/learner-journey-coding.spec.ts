// A coding learner on the 2-year AAS route (shorter), the demo learner's full journey, and
// axe on every learner-journey page.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn, uniqueEmail } from "./support";
import { finishOnboarding, isoDaysFromToday, signUpConfirmAndSignIn } from "./learner-journey-support";
import { axeResults } from "./axe";

/** The first of next month plus `months`, as YYYY-MM-DD and as the app prints it ("Sep 1, 2026"). */
function monthStart(months: number): { iso: string; label: string } {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 + months, 1));
  return {
    iso: d.toISOString().slice(0, 10),
    label: d.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" }),
  };
}

test("coding learner on the AAS route: 2-year plan, a fail then a pass, apprentice progress", async ({ page }) => {
  test.setTimeout(120_000);
  await signUpConfirmAndSignIn(page, "Robin Ellis", uniqueEmail("coder"), "another sturdy phrase 7");
  await finishOnboarding(page, {
    persona: /^Career changer/,
    state: "Ohio",
    hours: "12",
    budget: "12000",
    start: monthStart(0).iso,
    mode: "Hybrid",
  });
  await page.getByRole("radio", { name: /^Medical coding/ }).check();
  await page.getByLabel("Credential").selectOption("CPC");
  await page.getByRole("radio", { name: /^Associate degree \(AAS\)/ }).check();
  await page.getByRole("button", { name: "Save my choice" }).click();
  await expect(page.getByText("Saved.", { exact: false })).toBeVisible();

  await page.goto("/learner/programs");
  await expect(page.getByText(/No programs yet/)).toBeVisible();
  const addCard = page.locator("section").filter({ has: page.getByRole("heading", { name: "Add a program" }) });
  for (const [name, rate] of [
    ["Metro CC AAS in HIT", "81"],
    ["Valley Tech HIT degree", "70"],
  ] as const) {
    await addCard.getByLabel("Program name").fill(name);
    await addCard.getByLabel("Exam pass rate (%)").fill(rate);
    await addCard.getByRole("button", { name: "Add to shortlist" }).click();
    await expect(page.getByRole("columnheader", { name: new RegExp(name) })).toBeVisible();
  }
  const metro = page.getByRole("listitem").filter({ hasText: "Edit Metro CC AAS in HIT" });
  await metro.getByText("Edit Metro CC AAS in HIT").click();
  await metro.getByLabel("Accreditation").fill("CAHIIM");
  await metro.getByRole("button", { name: "Save Metro CC AAS in HIT" }).click();
  await expect(page.getByRole("cell", { name: "CAHIIM" })).toBeVisible();
  await page.getByRole("button", { name: "Delete: Valley Tech HIT degree" }).click();
  await page.getByRole("alertdialog", { name: "Delete Valley Tech HIT degree?" }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("columnheader", { name: /Valley Tech/ })).toHaveCount(0);

  await page.goto("/learner/plan");
  await page.getByRole("button", { name: "Generate my plan" }).click();
  // 24 months: coursework 9 + 9, then the guide's 3 months of exam prep and 3 of job hunt.
  const end = new Date(`${monthStart(24).iso}T00:00:00Z`);
  end.setUTCDate(0);
  const endLabel = end.toLocaleDateString("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
  await expect(page.getByText(`${monthStart(0).label} – ${endLabel}`)).toBeVisible();
  await expect(page.getByRole("heading", { name: `Exam prep & certification: ${monthStart(18).label} –`, exact: false })).toBeVisible();

  await page.goto("/learner/credential");
  await page.getByLabel("Date of the exam").fill(isoDaysFromToday(-40));
  await page.getByRole("radio", { name: "Did not pass" }).check();
  await page.getByRole("button", { name: "Record result" }).click();
  await expect(page.getByText(/status: Retake needed/)).toBeVisible();
  await page.getByLabel("Date of the exam").fill(isoDaysFromToday(-2));
  await page.getByRole("radio", { name: "Passed" }).check();
  await page.getByRole("button", { name: "Record result" }).click();
  await expect(page.getByText(/status: Passed \(apprentice\)/)).toBeVisible();
  await expect(page.getByRole("cell", { name: "Did not pass" })).toBeVisible();
  // Months of experience come from the experience log (tests/e2e/experience-log.spec.ts); the course and Practicode are entered here.
  await page.getByLabel("I completed the 80-contact-hour course").check();
  await page.getByLabel("Practicode cases completed").fill("600");
  await page.getByLabel("Practicode score (%)").fill("75");
  await page.getByRole("button", { name: "Save apprentice progress" }).click();
  await expect(page.getByText("Send AAPC your documentation for this route.")).toBeVisible();

  await page.goto("/learner/growth");
  await page.getByRole("button", { name: "Mark done: Move into auditing" }).click();
  await expect(page.getByRole("button", { name: "Reopen: Move into auditing" })).toBeVisible();

  await page.goto("/learner");
  await expect(page.getByText(/CPC · Passed \(apprentice\)/)).toBeVisible();
});

test("the demo learner's dashboard shows a realistic journey", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  await expect(page.getByText(/Current phase: Exam prep & certification/)).toBeVisible();
  await expect(page.getByRole("img", { name: /CPC practice-exam scores.*from 60% to 78%/ })).toBeVisible();
  await expect(page.getByText(/CPC · Exam scheduled/)).toBeVisible();
  await expect(page.getByText("Coding Certificate — Spring 2026")).toBeVisible();
  await page.goto("/learner/programs");
  await expect(page.getByRole("columnheader", { name: /Riverbend CC/ })).toBeVisible();
});

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${path}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("learner-journey pages have no axe violations", async ({ page }) => {
  await expectNoViolations(page, "/quiz");
  await expectNoViolations(page, "/quiz/result");
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  for (const path of [
    "/learner",
    "/learner/onboarding",
    "/learner/path",
    "/learner/programs",
    "/learner/plan",
    "/learner/practice",
    "/learner/credential",
    "/learner/credential/experience",
    "/learner/growth",
    "/quiz/result",
  ]) {
    await expectNoViolations(page, path);
  }
});
