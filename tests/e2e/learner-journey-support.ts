// Helpers for the learner-journey journeys: sign up through the emailed link, and finish
// onboarding the way a person would.
import { expect, type Page } from "@playwright/test";

export { signUpConfirmAndSignIn } from "./support";

export async function finishOnboarding(
  page: Page,
  opts: { persona: RegExp; state: string; hours: string; budget: string; start: string; mode: string },
) {
  const next = () => page.getByRole("button", { name: "Save and continue" }).click();
  await expect(page.getByText("Step 1 of 6")).toBeVisible();
  await page.getByRole("radio", { name: opts.persona }).check();
  await next();
  await expect(page.getByText("Step 2 of 6")).toBeVisible();
  await page.getByLabel("US state").selectOption({ label: opts.state });
  await next();
  await expect(page.getByText("Step 3 of 6")).toBeVisible();
  await page.getByLabel("Weekly study hours").fill(opts.hours);
  await next();
  await expect(page.getByText("Step 4 of 6")).toBeVisible();
  await page.getByLabel("Budget in US dollars").fill(opts.budget);
  await next();
  await expect(page.getByText("Step 5 of 6")).toBeVisible();
  await page.getByLabel("Start date").fill(opts.start);
  await next();
  await expect(page.getByText("Step 6 of 6")).toBeVisible();
  await page.getByRole("radio", { name: opts.mode, exact: true }).check();
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page).toHaveURL(/\/learner\/path\?welcome=1$/);
}

/** Steps through the fit quiz choosing one option label per question, then submits it. */
export async function answerFitQuiz(page: Page, answers: readonly string[]) {
  // Next stays disabled until the quiz is hydrated; answers picked before that would be lost.
  await expect(page.getByRole("button", { name: "Next" })).toBeEnabled();
  for (const [i, answer] of answers.entries()) {
    const quiz = page.getByRole("region", { name: "Quiz" });
    await expect(quiz.getByRole("status")).toHaveText(`Question ${i + 1} of ${answers.length}`);
    await quiz.getByRole("group").getByRole("radio", { name: answer, exact: true }).check();
    const last = i === answers.length - 1;
    await page.getByRole("button", { name: last ? "See my result" : "Next" }).click();
  }
}

export function isoDaysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}
