// Captures the product screenshots shown on the public pages (lib/ui/landing/screenshots.ts)
// from the real demo pages of a running Chartpath in demo mode:
//   BASE_URL=http://127.0.0.1:3000 node_modules/.bin/tsx scripts/capture-screenshots.ts
// Each is a 1280×800 viewport at device scale 1, stored as a palette PNG to keep it small.
import { chromium, type Page } from "@playwright/test";
import sharp from "sharp";
import { DEMO_ACCOUNTS } from "../lib/demo-accounts";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const OUT = "public/screenshots";
const [learner, advisor, admin] = DEMO_ACCOUNTS.users;

// An invented posting using the reference keyword groups (REFERENCE.md), not a real employer's.
const SAMPLE_POSTING = [
  "Remote Medical Coder (CPC or CCA required; CPC-A considered).",
  "Assign ICD-10-CM, CPT and HCPCS Level II codes with modifiers for physician office visits.",
  "Work in Epic with an encoder; review NCCI edits and send provider queries.",
  "Attention to detail, communication and a HIPAA-compliant home office. Denials management a plus.",
].join("\n");

async function signIn(page: Page, email: string) {
  await page.context().clearCookies();
  await page.goto(`${BASE}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(DEMO_ACCOUNTS.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}

async function capture(page: Page, path: string, name: string, prepare?: () => Promise<void>) {
  await page.goto(`${BASE}${path}`);
  await page.waitForLoadState("networkidle");
  await prepare?.();
  // The demo-mode banner is not part of the product.
  await page.addStyleTag({ content: "header > p.bg-amber-100{display:none!important}" });
  const png = await page.screenshot({ type: "png" });
  await sharp(png).png({ palette: true, quality: 90, compressionLevel: 9 }).toFile(`${OUT}/${name}.png`);
  console.log(`${name}: ${path}`);
}

async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern}`);
  return href;
}

async function main() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  await signIn(page, learner.email);
  await capture(page, "/learner", "learner-dashboard");
  await capture(page, "/learner/plan", "learner-plan");
  await capture(page, "/learner/practice", "learner-practice");
  await capture(page, "/learner/match", "learner-match", async () => {
    await page.getByLabel("Job description").fill(SAMPLE_POSTING);
    await page.getByRole("button", { name: "Match with my resume" }).click();
    await page.getByRole("heading", { name: "Match", exact: true }).scrollIntoViewIfNeeded();
    await page.evaluate(() => document.getElementById("match-heading")?.scrollIntoView({ block: "start" }));
  });
  await capture(page, "/learner/applications", "learner-board");
  await signIn(page, advisor.email);
  await capture(page, "/advisor", "advisor-roster");
  await page.goto(`${BASE}/advisor`);
  await capture(page, await firstHref(page, /^\/advisor\/learners\/[^/?]+$/), "advisor-learner");
  await signIn(page, admin.email);
  await page.goto(`${BASE}/programs`);
  const org = await firstHref(page, /^\/programs\/(?!new$)[^/]+$/);
  await capture(page, `${org}/outcomes`, "program-outcomes");
  await page.goto(`${BASE}${org}`);
  await capture(page, await firstHref(page, /\/cohorts\/(?!new)[^/]+$/), "program-cohort");
  await browser.close();
}

void main();
