// The applications board as a kanban: a card moves by mouse drag and by keyboard alone (with
// what the live region says and where focus ends), Undo from the toast moves it back, and a
// move that the server refuses (moved or deleted elsewhere) rolls back with a toast saying why.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { addApplication, signUpLearner } from "./job-hunt-support";
import { axeResults } from "./axe";

const column = (page: Page, name: string) => page.getByRole("region", { name: new RegExp(`^${name}`) });
const card = (where: Page | Locator, company: string) => where.getByRole("listitem", { name: new RegExp(`^${company} — `) });
const handle = (page: Page, company: string) => page.getByRole("button", { name: new RegExp(`^Move ${company}, `) });
const liveRegion = (page: Page) => page.locator('[id^="DndLiveRegion"]');
const axe = async (page: Page) =>
  (await axeResults(page)).violations.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);

/** A real mouse drag: press on the grip, move in steps (dnd-kit needs movement after it activates), release. */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 5, { steps: 3 });
  await page.mouse.move(b.x + b.width / 2, b.y + 60, { steps: 10 });
  await page.mouse.up();
}

test("a card moves by mouse drag and stays there after a reload", async ({ page }) => {
  await signUpLearner(page);
  await addApplication(page, "Lakeshore Health", "Medical Coder I");
  await page.goto("/learner/applications");
  await page.locator("[data-board-ready]").waitFor(); // the board is interactive once its chunk has loaded
  await expect(card(column(page, "Saved"), "Lakeshore Health")).toBeVisible();

  await drag(page, handle(page, "Lakeshore Health"), column(page, "Applied"));
  await expect(card(column(page, "Applied"), "Lakeshore Health")).toBeVisible();
  await expect(card(column(page, "Applied"), "Lakeshore Health")).toContainText("Stage: Applied"); // its chip
  await expect(page.getByText("Moved Lakeshore Health to Applied.")).toBeVisible();
  expect(await axe(page)).toEqual([]); // with the toast showing
  await page.getByRole("button", { name: "Actions for Lakeshore Health, Medical Coder I" }).click();
  await expect(page.getByRole("menuitem", { name: "Set follow-up" })).toBeVisible();
  expect(await axe(page)).toEqual([]); // with the card menu open
  await page.keyboard.press("Escape");
  await page.reload();
  await expect(card(column(page, "Applied"), "Lakeshore Health")).toBeVisible();
  await expect(card(column(page, "Saved"), "Lakeshore Health")).toHaveCount(0);
});

test("a card moves by keyboard alone, is announced, keeps focus, and Undo moves it back", async ({ page }) => {
  await signUpLearner(page);
  await addApplication(page, "Lakeshore Health", "Medical Coder I");
  await page.goto("/learner/applications");
  await page.locator("[data-board-ready]").waitFor(); // the board is interactive once its chunk has loaded
  await page.getByRole("button", { name: "Apply filters" }).focus();
  await page.keyboard.press("Tab");
  await expect(handle(page, "Lakeshore Health")).toBeFocused();

  await page.keyboard.press("Space");
  await expect(liveRegion(page)).toHaveText("Picked up Lakeshore Health, Medical Coder I, in Saved.");
  await page.keyboard.press("ArrowRight");
  await expect(liveRegion(page)).toHaveText("Moved over Applied.");
  await page.keyboard.press("ArrowRight");
  await expect(liveRegion(page)).toHaveText("Moved over Interviewing.");
  await page.keyboard.press("Space");
  await expect(liveRegion(page)).toHaveText("Dropped in Interviewing.");
  await expect(card(column(page, "Interviewing"), "Lakeshore Health")).toBeVisible();
  await expect(page.getByText("Moved Lakeshore Health to Interviewing.")).toBeVisible();
  await expect(handle(page, "Lakeshore Health")).toBeFocused(); // after the server's revalidation too

  // Escape cancels a pick-up and leaves the card where it was.
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Escape");
  await expect(liveRegion(page)).toHaveText("Move cancelled. Lakeshore Health, Medical Coder I stays in Interviewing.");
  await expect(card(column(page, "Interviewing"), "Lakeshore Health")).toBeVisible();

  await page.getByRole("button", { name: "Undo" }).click();
  await expect(card(column(page, "Saved"), "Lakeshore Health")).toBeVisible();
  await expect(page.getByText("Moved Lakeshore Health back to Saved.")).toBeVisible();
  await page.reload();
  await expect(card(column(page, "Saved"), "Lakeshore Health")).toBeVisible();
});

test("dropping on Closed asks how it closed; the card shows its actual stage", async ({ page }) => {
  await signUpLearner(page);
  await addApplication(page, "Harbor Billing", "Billing Specialist");
  await page.goto("/learner/applications");
  await page.locator("[data-board-ready]").waitFor(); // the board is interactive once its chunk has loaded
  await handle(page, "Harbor Billing").focus();
  await page.keyboard.press("Space");
  await expect(liveRegion(page)).toHaveText(/^Picked up Harbor Billing/); // keys before the pick-up lands are dropped
  for (let i = 0; i < 5; i++) await page.keyboard.press("ArrowRight");
  await expect(liveRegion(page)).toHaveText("Moved over Closed.");
  await page.keyboard.press("Space");
  await expect(liveRegion(page)).toHaveText("Dropped in Closed. Choose how Harbor Billing closed.");
  const chooser = page.getByRole("dialog", { name: "How did Harbor Billing close?" });
  await expect(chooser.getByRole("button", { name: "Rejected" })).toBeFocused();
  expect(await axe(page)).toEqual([]);
  await chooser.getByRole("button", { name: "No response (ghosted)" }).click();
  await expect(card(column(page, "Closed"), "Harbor Billing")).toContainText("Stage: No response");
  await expect(handle(page, "Harbor Billing")).toBeFocused();
});

test("a move refused by the server rolls back with a toast saying why", async ({ page, context }) => {
  await signUpLearner(page);
  const moved = await addApplication(page, "North Clinic", "Coder");
  const deleted = await addApplication(page, "South Hospital", "Coder");
  await page.goto("/learner/applications");
  await page.locator("[data-board-ready]").waitFor(); // the board is interactive once its chunk has loaded
  await expect(card(column(page, "Saved"), "North Clinic")).toBeVisible();

  // Another tab deletes one; this board has not seen it.
  const other = await context.newPage();
  await other.goto(deleted);
  await other.getByRole("button", { name: "Delete application" }).click();
  await other
    .getByRole("alertdialog", { name: "Delete this application?" })
    .getByRole("button", { name: /^Delete/ })
    .click();
  await expect(other).toHaveURL(/\/learner\/applications\?deleted=1$/);
  await drag(page, handle(page, "South Hospital"), column(page, "Applied"));
  await expect(page.getByText(/South Hospital was not moved\. That application was not found/)).toBeVisible();
  await expect(card(page, "South Hospital")).toHaveCount(0); // gone from the board after its refresh

  // Another tab moves the other; the board still shows it in Saved.
  await other.goto(moved);
  await other.getByLabel("Move this application to").selectOption("INTERVIEWING");
  await other.getByRole("button", { name: "Move", exact: true }).click();
  await expect(other.getByText(/^Interviewing since/)).toBeVisible();
  await other.close();
  await expect(card(column(page, "Saved"), "North Clinic")).toBeVisible();
  await drag(page, handle(page, "North Clinic"), column(page, "Applied"));
  await expect(page.getByText(/North Clinic was not moved\. It was moved to “Interviewing” elsewhere/)).toBeVisible();
  await expect(card(column(page, "Applied"), "North Clinic")).toHaveCount(0);
  await expect(card(column(page, "Interviewing"), "North Clinic")).toBeVisible(); // the board now shows the truth
});
