// axe on a settled page, with the WCAG 2.1 A/AA rules every spec checks. Next streams a dynamic
// page's <title> after its content (streaming metadata), so just after a client-side navigation
// the title can be empty for a moment; waiting for it keeps axe's document-title rule about the
// page rather than that moment (a fresh-clone CI run caught it once on the program page).
import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

export async function axeResults(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  return new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
}
