// Staff triage on the advisor roster: caseload counts lead the page, learners are ranked by
// risk tier with the reason and since when, and a note takes a learner off "need outreach".
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";

test("the roster leads with caseload counts; a note clears a learner's outreach", async ({ page }) => {
  await signIn(page, demo.advisor);
  await expect(page).toHaveURL(/\/advisor$/);
  const outreach = page.getByRole("link", { name: /need(s)? outreach this week/ });
  const before = Number((await outreach.locator("span").first().textContent()) ?? "0");
  expect(before).toBeGreaterThan(0);
  await expect(page.getByRole("link", { name: /high risk/ })).toBeVisible();
  await expect(page.getByRole("link", { name: /on track/ })).toBeVisible();

  // Most urgent first: the first row is high risk and says why.
  const first = page.getByRole("row").nth(1);
  await expect(first.getByText("High risk")).toBeVisible();
  await expect(first.getByText(/Since /).first()).toBeVisible();

  await outreach.click();
  await expect(page.getByText("Showing learners who need outreach this week.")).toBeVisible();
  const name = (await page.getByRole("row").nth(1).getByRole("rowheader").getByRole("link").textContent())!.trim();
  await page.getByRole("link", { name, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  // The drill-down leads with the flags that brought the advisor here, and speaks about the learner.
  const firstName = name.split(" ")[0]!;
  await expect(page.getByRole("heading", { name: `Why ${firstName} is flagged` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Add a note" })).toBeVisible();
  await expect(page.getByRole("heading", { name: `Where ${firstName} is` })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Where you are" })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Note" }).fill("Called to check in; restarting practice exams this week.");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByText("Note added.")).toBeVisible();

  await page.goto("/advisor");
  const after = Number(
    (await page
      .getByRole("link", { name: /need(s)? outreach this week/ })
      .locator("span")
      .first()
      .textContent()) ?? "0",
  );
  expect(after).toBe(before - 1);
  await expect(page.getByRole("row", { name: new RegExp(name) }).getByText("Needs outreach")).toHaveCount(0);
});
