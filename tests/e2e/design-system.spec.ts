// The design system: /design renders every primitive, axe finds nothing with the confirm
// dialog open and a toast showing, and a real Delete asks first (Cancel keeps the row,
// focus returns to the button) and then deletes.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";
import { axeResults } from "./axe";

async function noAxeViolations(page: Page) {
  // Toasts and the dialog fade in; measuring contrast mid-transition would see faded text.
  // (Spinners and skeleton pulses repeat forever and are left out.)
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
  );
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${v.id} — ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("/design shows every component; axe is clean with a toast and the confirm dialog open", async ({ page }) => {
  await page.goto("/design");
  await expect(page.getByRole("heading", { name: "Design system", level: 1 })).toBeVisible();
  for (const name of ["Buttons", "Badges", "Form fields", "Tables", "Empty states", "Skeleton", "Toasts", "Confirm dialog"])
    await expect(page.getByRole("heading", { name, level: 2 })).toBeVisible();
  await expect(page.getByRole("button", { name: "Saving…" })).toHaveCount(5);
  await expect(page.getByText("Enter an email address, like name@example.com.")).toBeVisible();
  await expect(page.getByLabel("Email (with an error)")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Roster file (CSV)")).toHaveAttribute("type", "file");
  await noAxeViolations(page);

  await page.getByRole("button", { name: "Show a toast with Undo" }).click();
  const toast = page.getByRole("listitem").filter({ hasText: "Moved to Interviewing" });
  await expect(toast).toBeVisible();
  await expect(toast.getByRole("button", { name: "Undo" })).toBeVisible();

  const trigger = page.getByRole("button", { name: "Delete: Practice exam of Mar 3, 2026" });
  await trigger.click();
  const dialog = page.getByRole("alertdialog", { name: "Delete Practice exam of Mar 3, 2026?" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await noAxeViolations(page);

  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await trigger.click();
  await dialog.getByRole("button", { name: "Delete exam" }).click();
  await expect(trigger).toHaveCount(0);
  await expect(page.getByText("Deleted Practice exam of Mar 3, 2026")).toBeVisible();
  await noAxeViolations(page);
});

test("deleting a study session asks first: Cancel keeps the row, confirming deletes it", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  await page.goto("/learner/practice");
  const topic = `Modifiers drill ${Date.now().toString(36)}`;
  const log = page.locator("section").filter({ has: page.getByRole("heading", { name: "Log a study session" }) });
  await log.getByLabel("Minutes studied").fill("25");
  await log.getByLabel("Topic").fill(topic);
  await log.getByRole("button", { name: "Log study session" }).click();
  await expect(page.getByText("Study session logged.")).toBeVisible();

  const row = page.getByRole("listitem").filter({ hasText: topic });
  const trigger = row.getByRole("button", { name: new RegExp(`^Delete: study session .*${topic}`) });
  await trigger.click();
  const dialog = page.getByRole("alertdialog", { name: "Delete this study session?" });
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(trigger).toBeFocused();
  await page.reload();
  await expect(row).toHaveCount(1);

  await trigger.click();
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(row).toHaveCount(0);
  // The row and its button are gone; focus lands on the card's heading, not on <body>.
  await expect(page.getByRole("heading", { name: "Study sessions (last 12 weeks)" })).toBeFocused();
});

test("a bad web address gets the server's inline error, not the browser's popup", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  await page.goto("/learner/applications/new");
  await page.getByLabel("Company").fill("Valley Clinic");
  await page.getByLabel("Job title").fill("Coding specialist");
  const link = page.getByLabel("Link to the posting");
  await link.fill("valley clinic jobs page");
  await page.getByRole("button", { name: "Save application" }).click();
  await expect(page.getByText("Enter a full web address starting with http:// or https://.")).toBeVisible();
  await expect(link).toHaveAttribute("aria-invalid", "true");
  await expect(link).toHaveValue("valley clinic jobs page");
});

test("the confirm dialog works by keyboard alone: focus is trapped, Enter confirms, focus lands on the card", async ({ page }) => {
  await page.goto("/design");
  const trigger = page.getByRole("button", { name: "Delete: Practice exam of Mar 10, 2026" });
  await trigger.focus();
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("alertdialog", { name: "Delete Practice exam of Mar 10, 2026?" });
  const cancel = dialog.getByRole("button", { name: "Cancel" });
  const confirm = dialog.getByRole("button", { name: "Delete exam" });
  await expect(cancel).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(confirm).toBeFocused();
  await page.keyboard.press("Tab");
  await expect(cancel).toBeFocused(); // trapped: Tab wraps inside the dialog
  await page.keyboard.press("Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(dialog).toBeHidden();
  await expect(trigger).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Confirm dialog" })).toBeFocused();
});
