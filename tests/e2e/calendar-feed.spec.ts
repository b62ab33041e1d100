// A learner subscribes to their calendar from the account page, a calendar app reads the feed,
// and turning it off makes the link answer 404 (issue 15 §4).
import { expect, test } from "./fixtures";
import { axeResults } from "./axe";
import { demo, signIn } from "./support";

test("learner creates a calendar link, the feed serves their plan, and turning it off ends it", async ({ page, request }) => {
  await signIn(page, demo.learner);
  await expect(page).toHaveURL(/\/learner$/);
  await page.goto("/learner/plan");
  await page.getByRole("link", { name: "Subscribe in your calendar" }).click();
  await expect(page).toHaveURL(/\/account#calendar$/);
  const card = page.locator("#calendar");
  await card.getByRole("button", { name: "Create my calendar link" }).click();
  await expect(card.getByText("Your calendar link is ready.")).toBeVisible();

  const url = await card.getByLabel("Calendar subscription link").inputValue();
  expect(url).toMatch(/^https?:\/\/[^/]+\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expect(card.getByRole("link", { name: "Open in Apple Calendar" })).toHaveAttribute("href", url.replace(/^https?:/, "webcal:"));
  expect((await axeResults(page)).violations).toEqual([]);

  const feedPath = new URL(url).pathname;
  const feed = await request.get(feedPath);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  const body = await feed.text();
  expect(body).toContain("REFRESH-INTERVAL;VALUE=DURATION:PT1H");
  expect(body.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(3);

  // The secret is shown once: after a reload the card says the link is active, not what it is.
  await page.reload();
  await expect(card.getByText(/Link active since/)).toBeVisible();
  await expect(card.getByText(/Last read by a calendar app/)).toBeVisible();
  await expect(card.getByLabel("Calendar subscription link")).toHaveCount(0);

  await card.getByRole("button", { name: "Turn off" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Turn off link" }).click();
  await expect(card.getByRole("button", { name: "Create my calendar link" })).toBeVisible();
  expect((await request.get(feedPath)).status()).toBe(404);
});
