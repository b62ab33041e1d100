// Every e2e test fails on an unexpected browser error: an uncaught exception, a React or
// hydration error logged to the console, a failed resource the test did not ask for. A
// test that provokes one on purpose (a 404 page, a refused request) calls
// `consoleErrors.allow(/pattern/)` first.
import { test as base, expect } from "@playwright/test";

export interface ConsoleErrors {
  allow(pattern: RegExp): void;
  /** The test visits `path` expecting a 404 page; the browser logs the status as an error. */
  allowNotFound(path: string): void;
}

export const test = base.extend<{ consoleErrors: ConsoleErrors }>({
  consoleErrors: [
    async ({ context }, use) => {
      const seen: string[] = [];
      const allowed: RegExp[] = [];
      const record = (text: string, where: string) => seen.push(`${text} (at ${where})`);
      const watch = (page: import("@playwright/test").Page) => {
        page.on("console", (msg) => {
          if (msg.type() === "error") record(msg.text(), msg.location().url || page.url());
        });
        page.on("pageerror", (error) => record(`uncaught ${error.name}: ${error.message}`, page.url()));
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      await use({
        allow: (pattern) => allowed.push(pattern),
        allowNotFound: (path) => allowed.push(new RegExp(`status of 404 \\(Not Found\\) \\(at https?://[^/]+${escape(path)}\\)$`)),
      });
      const unexpected = seen.filter((line) => !allowed.some((p) => p.test(line)));
      expect(unexpected, "unexpected browser console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
