// Captures one real "log a study session" server-action request from Chromium (headers,
// multipart body, session cookie) so the load test can replay it: each replay is a real write.
import { chromium, type Page } from "@playwright/test";

const LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
  ],
};

async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((u) => !u.pathname.startsWith("/sign-in"));
}

/** Signs in through the real form and returns the session cookie header. */
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage();
    await signIn(page, baseUrl, email, password);
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  } finally {
    await browser.close();
  }
}

export interface CapturedWrite {
  url: string;
  headers: Record<string, string>;
  body: Buffer;
  cookie: string;
}

export async function captureStudySessionWrite(baseUrl: string, email: string, password: string): Promise<CapturedWrite> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const page = await browser.newPage();
    await signIn(page, baseUrl, email, password);
    await page.goto(`${baseUrl}/learner/practice`);
    const requestPromise = page.waitForRequest((r) => r.method() === "POST" && !!r.headers()["next-action"]);
    await page.getByLabel("Minutes studied").fill("30");
    await page.getByLabel("Topic").fill("Load test: ICD-10-CM guidelines");
    await page.getByRole("button", { name: "Log study session" }).click();
    const request = await requestPromise;
    await page.getByText("Study session logged.").waitFor();
    const cookies = await page.context().cookies();
    const headers = await request.allHeaders();
    const keep = Object.fromEntries(
      Object.entries(headers).filter(([k]) => ["next-action", "next-router-state-tree", "content-type", "accept", "origin"].includes(k)),
    );
    return {
      url: request.url(),
      headers: keep,
      body: request.postDataBuffer() ?? Buffer.alloc(0),
      cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; "),
    };
  } finally {
    await browser.close();
  }
}
