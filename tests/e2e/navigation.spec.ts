// The shell (issue 14 §2): grouped sidebar on wide screens, tab bar + "More" on phones, the
// current page marked, the command palette, and back links staff can follow.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";
import { LEARNER_NAV } from "../../lib/ui/learner-nav/learner-nav-config";
import { axeResults } from "./axe";

const pages = LEARNER_NAV.groups.flatMap((g) => g.items);

async function noAxeViolations(page: Page) {
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("at 1366 px", () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test("the learner sidebar shows every group, marks a deep page and keeps it visible when collapsed", async ({ page }) => {
    await signIn(page, demo.learner);
    await expect(page).toHaveURL(/\/learner$/);
    const sidebar = page.getByRole("navigation", { name: "Learner sections" });
    for (const group of LEARNER_NAV.groups)
      await expect(sidebar.getByRole("button", { name: group.label })).toHaveAttribute("aria-expanded", "true");
    for (const item of pages) await expect(sidebar.getByRole("link", { name: item.label, exact: true })).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Learner shortcuts" })).toBeHidden();

    await page.goto("/learner/applications/new");
    const current = sidebar.locator('[aria-current="page"]');
    await expect(current).toHaveCount(1);
    await expect(current).toHaveText("Applications");
    await sidebar.getByRole("button", { name: "Job hunt" }).click();
    await expect(sidebar.getByRole("button", { name: "Job hunt" })).toHaveAttribute("aria-expanded", "false");
    await expect(sidebar.getByRole("link", { name: "Resume" })).toBeHidden();
    await expect(current).toBeVisible();
    await page.reload(); // the choice is remembered
    await expect(sidebar.getByRole("link", { name: "Resume" })).toBeHidden();
    await sidebar.getByRole("button", { name: "Job hunt" }).click();
    await expect(sidebar.getByRole("link", { name: "Resume" })).toBeVisible();
  });

  test("the command palette opens with Ctrl+K, finds a page and a demo application, and Enter goes there", async ({ page }) => {
    await signIn(page, demo.learner);
    await expect(page).toHaveURL(/\/learner$/);
    const search = page.getByRole("button", { name: "Search" });
    await page.keyboard.press("Control+k");
    const dialog = page.getByRole("dialog", { name: "Search pages and applications" });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole("combobox")).toBeFocused();
    await expect(dialog.getByRole("option", { name: /Lakeshore Health Partners · Medical Coder I/ })).toBeVisible();
    await noAxeViolations(page);
    await page.keyboard.type("remote read");
    await expect(dialog.getByRole("option")).toHaveCount(1);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/learner\/remote$/);
    await expect(dialog).toBeHidden();
    await expect(search).toBeFocused();

    await search.click();
    await expect(dialog).toBeVisible();
    await page.keyboard.type("lakeshore");
    await expect(dialog.getByRole("option", { name: /Lakeshore Health Partners/ })).toBeVisible();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/learner\/applications\/c[a-z0-9]+$/);
    await expect(page.getByRole("heading", { name: /Lakeshore Health Partners/ }).first()).toBeVisible();

    await page.keyboard.press("Control+k");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(search).toBeFocused();
  });

  test("staff shells: the advisor's roster is marked, an admin's drill-down leads back to a page they can open", async ({ page }) => {
    await signIn(page, demo.advisor);
    await expect(page).toHaveURL(/\/advisor$/);
    await expect(page.getByRole("navigation", { name: "Advisor sections" }).getByRole("link", { name: "Roster" })).toHaveAttribute(
      "aria-current",
      "page",
    );
    await page.context().clearCookies();

    await signIn(page, demo.admin);
    await expect(page).toHaveURL(/\/programs$/);
    const sidebar = page.getByRole("navigation", { name: "Program admin sections" });
    await expect(sidebar.getByRole("link", { name: "Your programs" })).toHaveAttribute("aria-current", "page");
    await sidebar.getByRole("link", { name: "Cohorts & staff" }).click();
    await expect(page.getByRole("heading", { name: /Riverbend Community College/ })).toBeVisible();
    await page.getByRole("table").first().getByRole("link").first().click(); // a cohort
    await expect(page).toHaveURL(/\/cohorts\/[^/]+$/);
    await expect(sidebar.getByRole("link", { name: "Cohorts & staff" })).toHaveAttribute("aria-current", "page");
    const cohortUrl = page.url();
    await page.locator('a[href^="/advisor/learners/"]').first().click();
    await expect(page).toHaveURL(/\/advisor\/learners\//);
    await expect(page.getByRole("link", { name: "← Roster" })).toHaveCount(0);
    await expect(page.getByRole("navigation", { name: "Program admin sections" })).toBeVisible();
    await page.getByRole("link", { name: /^← / }).click();
    await expect(page).toHaveURL(cohortUrl);
  });
});

test.describe("at 360 px", () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test("the tab bar and its More sheet reach every learner page; the bar covers nothing", async ({ page }) => {
    await signIn(page, demo.learner);
    await expect(page).toHaveURL(/\/learner$/);
    const bar = page.getByRole("navigation", { name: "Learner shortcuts" });
    await expect(page.getByRole("navigation", { name: "Learner sections" })).toBeHidden();
    await expect(bar.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");
    await bar.getByRole("link", { name: "Applications" }).click();
    await expect(page).toHaveURL(/\/learner\/applications$/);
    await expect(bar.getByRole("link", { name: "Applications" })).toHaveAttribute("aria-current", "page");

    const more = bar.getByRole("button", { name: "More" });
    await more.click();
    const sheet = page.getByRole("dialog", { name: "All sections" });
    await expect(sheet).toBeVisible();
    await noAxeViolations(page);
    await page.keyboard.press("Escape");
    await expect(sheet).toBeHidden();
    await expect(more).toBeFocused();

    for (const item of pages) {
      await more.click();
      await sheet.getByRole("link", { name: item.label, exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`${item.href}$`));
      await expect(sheet).toBeHidden();
      const group = LEARNER_NAV.groups.find((g) => g.items.includes(item))!;
      await expect(page.getByText(`${group.label} › ${item.label}`, { exact: true })).toBeVisible(); // where you are
    }

    // Scrolled to the end, the footer sits above the fixed bar.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    const footer = await page.locator("footer").boundingBox();
    const barBox = await bar.boundingBox();
    expect(footer && barBox && footer.y + footer.height <= barBox.y + 1).toBe(true);
  });
});
