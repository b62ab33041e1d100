// No page scrolls sideways on a 360 px phone, for any role: the document is never wider than
// the viewport. A failure names the widest elements so the culprit is easy to find.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

async function overflow(page: Page, path: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState("load");
  return page.evaluate((p) => {
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth <= width) return [];
    // Content inside its own scroll box (a wide table, the section tabs) is fine: only what
    // widens the page itself is named.
    // An absolutely positioned element (e.g. an sr-only label) escapes every scroll box
    // below its containing block, so the search starts there.
    const clipped = (el: Element) => {
      let a = el.parentElement;
      if (["absolute", "fixed"].includes(getComputedStyle(el).position)) {
        while (a && a !== document.body && getComputedStyle(a).position === "static") a = a.parentElement;
      }
      for (; a && a !== document.body; a = a.parentElement) {
        if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(a).overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll<HTMLElement>("body *")]
      .filter((el) => el.getBoundingClientRect().right > width + 1 && !clipped(el))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}${el.className ? "." + String(el.className).split(" ").slice(0, 3).join(".") : ""} right=${Math.round(el.getBoundingClientRect().right)}`,
      )
      .slice(0, 5);
    return [`${p}: ${document.documentElement.scrollWidth}px wide at ${width}px — ${wide.join("; ")}`];
  }, path);
}

async function firstHref(page: Page, listPath: string, pattern: RegExp): Promise<string> {
  await page.goto(listPath);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${listPath}`);
  return href;
}

async function expectNoSidewaysScroll(page: Page, paths: string[]) {
  const problems: string[] = [];
  for (const path of paths) problems.push(...(await overflow(page, path)));
  expect(problems).toEqual([]);
}

test("public pages fit a 360 px phone", async ({ page }) => {
  await expectNoSidewaysScroll(page, [
    "/",
    "/careers",
    "/for-programs",
    "/quiz",
    "/quiz/result",
    "/outcomes/riverbend-cc",
    "/sign-in",
    "/sign-up",
    "/forgot-password",
    "/design",
  ]);
});

test("learner pages fit a 360 px phone", async ({ page }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  const application = await firstHref(page, "/learner/applications", /^\/learner\/applications\/c[a-z0-9]{20,}$/);
  await expectNoSidewaysScroll(page, [
    "/learner",
    "/learner/plan",
    "/learner/path",
    "/learner/programs",
    "/learner/practice",
    "/learner/credential",
    "/learner/credential/experience",
    "/learner/growth",
    "/learner/resume",
    "/learner/match",
    "/learner/applications",
    application,
    "/learner/applications/new",
    "/learner/applications/import",
    "/learner/applications/funnel",
    "/learner/portfolio",
    "/learner/report",
    "/learner/remote",
    "/learner/job",
    "/learner/privacy",
    "/account",
    "/join",
  ]);
});

test("advisor pages fit a 360 px phone", async ({ page }) => {
  await signIn(page, demo.advisor);
  await expect(page).toHaveURL(/\/advisor$/);
  const learner = await firstHref(page, "/advisor", /^\/advisor\/learners\/[^/?]+$/);
  await expectNoSidewaysScroll(page, ["/advisor", learner]);
});

test("program admin pages fit a 360 px phone", async ({ page }) => {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/programs$/);
  const org = await firstHref(page, "/programs", /^\/programs\/(?!new)[^/?]+$/);
  const cohort = await firstHref(page, org, /^\/programs\/[^/]+\/cohorts\/(?!new)[^/?]+$/);
  await expectNoSidewaysScroll(page, ["/programs", org, cohort, `${org}/cohorts/new`, `${org}/import`, `${org}/outcomes`, "/programs/new"]);
  const enrollment = await firstHref(page, `${org}/enrollments`, /^\/programs\/[^/]+\/enrollments\/(?!template)[^/?.]+$/);
  await expectNoSidewaysScroll(page, [
    `${org}/enrollments`,
    enrollment,
    `${org}/outcomes/standards`,
    `${org}/outcomes/standards?standard=WIOA`,
  ]);
});

test.describe("at 768 px (tablet)", () => {
  test.use({ viewport: { width: 768, height: 1024 }, isMobile: false, hasTouch: true });

  test("every role's main pages fit a tablet", async ({ page, browser }) => {
    await expectNoSidewaysScroll(page, ["/", "/careers", "/for-programs", "/quiz"]);
    await signIn(page, demo.learner);
    await expect(page).toHaveURL(/\/learner$/);
    await expectNoSidewaysScroll(page, ["/learner", "/learner/plan", "/learner/practice", "/learner/applications", "/learner/report"]);
    const staff = await browser.newPage({ viewport: { width: 768, height: 1024 } });
    await signIn(staff, demo.advisor);
    await expect(staff).toHaveURL(/\/advisor$/);
    await expectNoSidewaysScroll(staff, ["/advisor"]);
    await staff.close();
  });
});
