import { expect, test } from "@playwright/test";
import { demo, signIn } from "../support";

for (const width of [1366, 360]) {
  test(`shots ${width}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, demo.learner);
    await expect(page).toHaveURL(/\/learner$/);
    for (const [name, path] of [
      ["dashboard", "/learner"],
      ["credential", "/learner/credential"],
      ["experience", "/learner/credential/experience"],
      ["experience-ext", "/learner/credential/experience?add=EXTERNSHIP"],
    ] as const) {
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      const sw = await page.evaluate(() => document.documentElement.scrollWidth);
      console.log(`${name} ${width} scrollWidth=${sw}`);
      await page.screenshot({ path: `/tmp/wtexp-shots/${name}-${width}.png`, fullPage: true });
    }
  });
}
