// A new learner's whole journey in the browser: quiz signed out, sign-up, onboarding as a
// military veteran, billing + CPB + self-paced online, a dated plan, practice, a pass, CEUs,
// the calendar export and the dashboard.
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { uniqueEmail } from "./support";
import { answerFitQuiz, finishOnboarding, isoDaysFromToday, signUpConfirmAndSignIn } from "./learner-journey-support";

// One answer per quiz step, in order: the exact label of the option to choose.
const BILLING_ANSWERS = [
  "Disagree",
  "Strongly agree",
  "Disagree",
  "Strongly agree",
  "Disagree",
  "Strongly agree",
  "Insurance, payments and claims",
  "A varied day of calls, follow-ups and deadlines",
  "Plenty, including difficult conversations",
  "Revenue cycle: A/R, reimbursement, practice management",
  "As soon as possible",
];

test("billing learner: quiz → sign-up → onboarding → plan → practice → pass → CEUs → dashboard", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/quiz");
  await page.getByRole("button", { name: "Next" }).click();
  await expect(page.getByText("Choose an answer to go on.")).toBeVisible();
  await answerFitQuiz(page, BILLING_ANSWERS);
  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByText("Recommendation: Medical billing")).toBeVisible();
  await expect(page.getByText(/billing roles .* sometimes reachable before certification/i).first()).toBeVisible();

  const email = uniqueEmail("veteran");
  await signUpConfirmAndSignIn(page, "Casey Morgan", email, "a sturdy passphrase 42");
  await finishOnboarding(page, {
    persona: /^Military veteran/,
    state: "Texas",
    hours: "10",
    budget: "2500",
    start: isoDaysFromToday(-60),
    mode: "Remote",
  });

  // The quiz taken before sign-up is now on the account and preselects billing.
  await expect(page.getByText(/Your fit quiz recommended Medical billing/)).toBeVisible();
  await expect(page.getByRole("radio", { name: /^Medical billing/ })).toBeChecked();
  await page.getByLabel("Credential").selectOption("CPB");
  await page.getByRole("radio", { name: /^Self-paced online program/ }).check();
  await page.getByRole("button", { name: "Save my choice" }).click();
  await expect(page.getByText("Saved. Your plan can now be generated")).toBeVisible();
  await expect(page.getByRole("cell", { name: /4 hours; question count reported as 135/ })).toBeVisible();

  await page.goto("/learner/plan");
  await page.getByRole("button", { name: "Generate my plan" }).click();
  await expect(page.getByRole("heading", { name: /^Foundation: / })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Job hunt: / })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your 30-60-90 day plan (Military veteran)" })).toBeVisible();
  await expect(page.getByText(/GI Bill/)).toBeVisible();

  await page.getByRole("button", { name: "Mark done: Enroll in your training program" }).click();
  await expect(page.getByRole("button", { name: "Reopen: Enroll in your training program" })).toBeVisible();
  const join = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Join AAPC or AHIMA as a student" }) });
  await join.getByText("Change date").click();
  await join.getByLabel("New due date for Join AAPC or AHIMA as a student").fill(isoDaysFromToday(-3));
  await join.getByRole("button", { name: "Save date" }).click();
  await expect(join.getByText("Overdue", { exact: true })).toBeVisible();
  await expect(join.getByText(/moved from/)).toBeVisible();

  await page.getByLabel("Weekly study hours").fill("6");
  await page.getByRole("button", { name: "Regenerate plan" }).click();
  await expect(page.getByText("Plan regenerated. Done, skipped and re-dated milestones were kept.")).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Reopen: Enroll in your training program" })).toBeVisible();
  await expect(join.getByText(/moved from/)).toBeVisible();
  await expect(page.getByText(/6 h\/week: 12 months, the longest of this route's 4–12/)).toBeVisible();

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Export calendar (.ics)" }).click()]);
  expect(download.suggestedFilename()).toBe("chartpath-plan.ics");
  const ics = await readFile((await download.path())!, "utf8");
  expect(ics).toContain("BEGIN:VCALENDAR");
  expect(ics).toContain("SUMMARY:Join AAPC or AHIMA as a student");

  await page.goto("/learner/practice");
  await page.getByLabel("Credential").selectOption("CPB");
  await page.getByLabel("Questions").fill("100");
  await page.getByLabel("Correct answers").fill("120");
  await page.getByLabel("Minutes taken").fill("230");
  await page.getByRole("button", { name: "Log practice exam" }).click();
  await expect(page.getByText("Correct answers cannot exceed the number of questions.")).toBeVisible();
  await expect(page.getByLabel("Minutes taken")).toHaveValue("230");
  await page.getByLabel("Correct answers").fill("74");
  await page.getByRole("button", { name: "Log practice exam" }).click();
  await expect(page.getByText("Practice exam logged.")).toBeVisible();
  await expect(page.getByRole("cell", { name: /74\/100 \(74%\)/ })).toBeVisible();
  await page.getByLabel("Minutes studied").fill("90");
  await page.getByLabel("Topic").fill("Denials and appeals");
  await page.getByRole("button", { name: "Log study session" }).click();
  await expect(page.getByText("Study session logged.")).toBeVisible();
  await expect(page.getByRole("img", { name: /Study hours per week/ })).toBeVisible();

  await page.goto("/learner/credential");
  await page.getByLabel("Exam date").fill(isoDaysFromToday(-1));
  await page.getByRole("button", { name: "Save exam date" }).click();
  await expect(page.getByText("Exam date saved.")).toBeVisible();
  await page.getByRole("radio", { name: "Passed" }).check();
  await page.getByLabel("Score (%) if you know it").fill("82");
  await page.getByRole("button", { name: "Record result" }).click();
  await expect(page.getByRole("heading", { name: "Your credential: CPB" })).toBeVisible();
  await expect(page.getByText(/status: Certified/)).toBeVisible();
  await page.getByLabel("CEUs", { exact: true }).fill("2");
  await page.getByLabel("Course or event").fill("Local chapter meeting");
  await page.getByRole("button", { name: "Log CEUs" }).click();
  await expect(page.getByText(/AAPC \(CPB\): 2 of 36 CEUs/)).toBeVisible();

  await page.goto("/learner");
  await expect(page.getByRole("heading", { name: "Welcome, Casey Morgan" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Readiness score" })).toBeVisible();
  await expect(page.getByRole("img", { name: /^Readiness \d+ out of 100$/ })).toBeVisible();
  await expect(page.getByText(/CPB · Certified/)).toBeVisible();
  await expect(page.getByText(/Overdue:/).first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your programs" })).toBeVisible();
});
