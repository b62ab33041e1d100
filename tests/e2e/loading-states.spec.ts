// Visible progress on a slow network: after a link click either the page's loading.tsx
// skeleton shows at once (when the router already has the page's loading shell) or, before
// that shell arrives, the top progress bar does — never a frozen old page.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn } from "./support";

/** Holds React Server Component requests for 2 s; `prefetches` says whether prefetches wait too. */
async function slowServer(page: Page, { prefetches }: { prefetches: boolean }) {
  await page.route(
    (url) => url.searchParams.has("_rsc"),
    async (route) => {
      if (prefetches || !route.request().headers()["next-router-prefetch"]) await new Promise((r) => setTimeout(r, 2000));
      await route.continue();
    },
  );
}

test("with the loading shell prefetched, a slow page shows its skeleton at once", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.waitForURL(/\/learner/);
  await slowServer(page, { prefetches: false });
  await page.waitForLoadState("networkidle");
  await page.getByRole("link", { name: "Plan", exact: true }).first().click();
  await expect(page.getByRole("status").filter({ hasText: "Loading your plan" })).toBeAttached();
  await page.waitForURL(/\/learner\/plan/);
  await expect(page.getByRole("status").filter({ hasText: "Loading your plan" })).toHaveCount(0);
});

test("before anything arrives, the top bar shows the click was taken", async ({ page }) => {
  await signIn(page, demo.learner);
  await page.waitForURL(/\/learner/);
  await slowServer(page, { prefetches: true });
  await page
    .getByRole("link", { name: /applications/i })
    .first()
    .click();
  await expect(page.locator(".nav-progress")).toBeVisible();
  await page.waitForURL(/\/learner\/applications/);
  await expect(page.locator(".nav-progress")).toHaveCount(0);
});
