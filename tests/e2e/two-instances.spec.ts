// Two app instances on one database, as a deployment behind a load balancer runs them: a
// second `next start` of the same build beside the `npm start` Playwright started (not another
// `npm start`: it would rebuild a stale build under the first server's feet). An admin's
// write through one instance shows on the other's next page view although the other had just
// cached the report (decision record 0006), and a session made on one is valid on the other.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, signIn, uniqueEmail } from "./support";
import { withServerNodeOptions } from "../../scripts/server-node-options";

const databaseUrl = process.env.E2E_DATABASE_URL;
const PORT_B = Number(process.env.E2E_PORT ?? 3100) + 7;
const B = `http://127.0.0.1:${PORT_B}`;
let second: ChildProcess | undefined;

test.skip(!databaseUrl, "needs E2E_DATABASE_URL (npm test sets it) to start a second instance on the same database");

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const dataDir = path.resolve(".data/e2e");
  second = spawn("node_modules/.bin/next", ["start", "-p", String(PORT_B)], {
    stdio: "ignore",
    env: withServerNodeOptions({
      ...process.env,
      PORT: String(PORT_B),
      APP_URL: B,
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: readFileSync(path.join(dataDir, "auth-secret"), "utf8").trim(),
      AUTH_TRUST_HOST: "true",
      NEXT_TELEMETRY_DISABLED: "1",
      DEMO_MODE: "true",
    }),
  });
  const deadline = Date.now() + 100_000;
  for (;;) {
    const up = await fetch(`${B}/api/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) break;
    if (Date.now() > deadline || second.exitCode !== null) throw new Error("the second instance did not start");
    await new Promise((r) => setTimeout(r, 500));
  }
});

test.afterAll(async () => {
  if (!second || second.exitCode !== null) return;
  const exited = new Promise((r) => second!.once("exit", r));
  second.kill("SIGTERM");
  await Promise.race([exited, new Promise((r) => setTimeout(r, 20_000))]);
});

async function invitedOn(page: Page, outcomesPath: string, origin: string): Promise<number> {
  await page.goto(`${origin}${outcomesPath}`);
  const funnel = page.getByRole("figure").filter({ hasText: "Funnel for the whole program" });
  const text = await funnel
    .getByRole("listitem")
    .filter({ hasText: /^Invited/ })
    .innerText();
  return Number(text.replace(/[^0-9]/g, ""));
}

test("a write through one instance shows on the other's next view of the cached report", async ({ page }) => {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/programs$/);
  await page.getByRole("link", { name: "Manage cohorts and staff" }).first().click();
  await expect(page).toHaveURL(/\/programs\/[^/]+$/);
  const programPath = new URL(page.url()).pathname;
  const outcomesPath = `${programPath}/outcomes`;

  // The session cookie from instance A is accepted by B (same secret, sessions in Postgres).
  const before = await invitedOn(page, outcomesPath, B);
  await expect(page.getByRole("heading", { name: "Certification and placement outcomes" })).toBeVisible();
  expect(await invitedOn(page, outcomesPath, B)).toBe(before); // B now serves its cached copy

  // Invite a new learner through A.
  await page.goto(programPath);
  await page.getByRole("link", { name: "Coding Certificate — Spring 2026" }).first().click();
  await page.getByLabel("Learner's email").fill(uniqueEmail("two-instances"));
  await page.getByLabel("First name").fill("Tess");
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();

  expect(await invitedOn(page, outcomesPath, B)).toBe(before + 1);
});
