// The stepped fit quiz by keyboard alone: arrows and Space answer, Next refuses an empty
// question beside it, Back and Next keep answers, focus lands on each question's heading,
// and the result draws a coding ↔ billing scale per dimension. Without JavaScript the whole
// form shows on one page and still posts to the same action.
import type { Page } from "@playwright/test";
import { FIT_QUESTIONS } from "../../lib/content/fit-quiz";
import { expect, test } from "./fixtures";
import { axeResults } from "./axe";

const COUNT = FIT_QUESTIONS.length;

/** The option index that leans hardest to billing, so every dimension ends at the billing end. */
const BILLING_INDEX = FIT_QUESTIONS.map((q) => {
  const best = [...q.options].filter((o) => o.lean === "BILLING").sort((a, b) => b.weight - a.weight)[0];
  return q.options.findIndex((o) => o === best);
});

async function axe(page: Page, what: string) {
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${what}: ${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function tabUntil(page: Page, matches: () => Promise<boolean>, max = 40) {
  for (let i = 0; i < max && !(await matches()); i++) await page.keyboard.press("Tab");
  expect(await matches()).toBe(true);
}

const quiz = (page: Page) => page.getByRole("region", { name: "Quiz" });
const progress = (page: Page) => quiz(page).getByRole("status");

const focusedIs = (page: Page, selector: string) => () => page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** From the focused heading: into the radios, Space picks the first, arrows move to `index`. */
async function answerByKeyboard(page: Page, index: number) {
  await page.keyboard.press("Tab");
  await expect(page.locator("input[type=radio]:focus")).toHaveCount(1);
  await page.keyboard.press("Space");
  for (let i = 0; i < index; i++) await page.keyboard.press("ArrowDown");
}

async function pressButton(page: Page, name: string) {
  await tabUntil(page, () => page.evaluate((n) => document.activeElement?.textContent?.trim() === n, name), 6);
  await page.keyboard.press("Enter");
}

test("keyboard only: answer, refuse an empty Next, go back and forth, finish with a scale", async ({ page }) => {
  await page.goto("/quiz");
  await expect(page.getByRole("button", { name: "Next" })).toBeEnabled();
  await expect(progress(page)).toHaveText(`Question 1 of ${COUNT}`);
  // One way forward per step: the submit button appears only on the last question.
  await expect(page.getByRole("button", { name: "See my result" })).toBeHidden();

  // Empty Next: an inline error beside the question, no step forward, focus into the answers.
  await tabUntil(page, focusedIs(page, "input[type=radio]"));
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Next" })).toBeFocused();
  await page.keyboard.press("Enter");
  const first = page.getByRole("group", { name: FIT_QUESTIONS[0]!.prompt });
  await expect(first.getByRole("alert")).toHaveText("Choose an answer to go on.");
  await expect(progress(page)).toHaveText(`Question 1 of ${COUNT}`);
  await expect(page.locator("input[type=radio]:focus")).toHaveCount(1);
  await axe(page, "quiz with an error");

  // Space picks the focused answer, arrows move it; Next then opens question 2 on its heading.
  await page.keyboard.press("Space");
  for (let i = 0; i < BILLING_INDEX[0]!; i++) await page.keyboard.press("ArrowDown");
  await expect(first.getByRole("alert")).toHaveCount(0);
  await pressButton(page, "Next");
  for (let i = 1; i < 3; i++) {
    await expect(progress(page)).toHaveText(`Question ${i + 1} of ${COUNT}`);
    await expect(page.getByRole("heading", { name: FIT_QUESTIONS[i]!.prompt })).toBeFocused();
    await answerByKeyboard(page, BILLING_INDEX[i]!);
    await pressButton(page, "Next");
  }

  // Back twice keeps the earlier answers; Next again returns to where we were.
  await pressButton(page, "Back");
  await expect(page.getByRole("heading", { name: FIT_QUESTIONS[2]!.prompt })).toBeFocused();
  await pressButton(page, "Back");
  const second = FIT_QUESTIONS[1]!;
  await expect(page.getByRole("radio", { name: second.options[BILLING_INDEX[1]!]!.label, exact: true })).toBeChecked();
  await pressButton(page, "Next");
  await pressButton(page, "Next");
  await expect(progress(page)).toHaveText(`Question 4 of ${COUNT}`);

  for (let i = 3; i < COUNT; i++) {
    await expect(page.getByRole("heading", { name: FIT_QUESTIONS[i]!.prompt })).toBeFocused();
    await answerByKeyboard(page, BILLING_INDEX[i]!);
    await pressButton(page, i === COUNT - 1 ? "See my result" : "Next");
  }

  await expect(page).toHaveURL(/\/quiz\/result$/);
  await expect(page.getByRole("heading", { name: "Medical billing suits you best" })).toBeVisible();
  await expect(page.getByText(/Your answers point clearly this way/)).toBeVisible();
  await expect(page.getByText(/Confidence|%\)/)).toHaveCount(0);
  await expect(page.getByRole("img", { name: /^Overall: Medical billing/ })).toBeVisible();
  for (const label of ["Interest", "Work style", "Communication tolerance", "Specialization", "Timeline to entry"]) {
    await expect(page.getByRole("img", { name: new RegExp(`^${label}: leans billing`) })).toBeVisible();
  }
  await axe(page, "quiz result");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every question shows on one page and the form still posts", async ({ page }) => {
    await page.goto("/quiz");
    await expect(quiz(page).getByRole("group")).toHaveCount(COUNT);
    await expect(page.getByRole("button", { name: "Next" })).toBeHidden();
    for (const [i, q] of FIT_QUESTIONS.entries()) {
      await page
        .getByRole("group", { name: q.prompt })
        .getByRole("radio", { name: q.options[BILLING_INDEX[i]!]!.label, exact: true })
        .check();
    }
    await page.getByRole("button", { name: "See my result" }).click();
    await expect(page).toHaveURL(/\/quiz\/result$/);
    await expect(page.getByRole("heading", { name: "Medical billing suits you best" })).toBeVisible();
  });
});
