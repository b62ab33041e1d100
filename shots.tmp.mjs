import { chromium } from "@playwright/test";
const b = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox"] });
const base = "http://127.0.0.1:3321";
const out = "/tmp/wtnav-shots";
async function session(email, width, height) {
  const c = await b.newContext({ viewport: { width, height }, isMobile: width < 500, hasTouch: width < 500 });
  const p = await c.newPage();
  await p.goto(base + "/sign-in");
  await p.getByLabel("Email").fill(email);
  await p.getByLabel("Password").fill("chartpath-demo-2026");
  await p.getByRole("button", { name: "Sign in" }).click();
  await p.waitForURL(/learner|advisor|programs/);
  return p;
}
for (const [w, h] of [[1366, 900], [360, 740]]) {
  let p = await session("learner@demo.chartpath.test", w, h);
  await p.goto(base + "/learner/portfolio"); await p.screenshot({ path: `${out}/learner-${w}.png` });
  if (w === 360) { await p.getByRole("button", { name: "More" }).click(); await p.waitForTimeout(300); await p.screenshot({ path: `${out}/learner-more-${w}.png` }); await p.keyboard.press("Escape"); }
  await p.getByRole("button", { name: "Search" }).click(); await p.getByRole("option").first().waitFor(); await p.keyboard.type("lake"); await p.waitForTimeout(300);
  await p.screenshot({ path: `${out}/learner-palette-${w}.png` });
  p = await session("advisor@demo.chartpath.test", w, h);
  await p.screenshot({ path: `${out}/advisor-${w}.png` });
  p = await session("admin@demo.chartpath.test", w, h);
  await p.getByRole("link", { name: "Manage cohorts and staff" }).first().click(); await p.waitForURL(/programs\/.+/);
  await p.screenshot({ path: `${out}/admin-${w}.png` });
}
await b.close();
