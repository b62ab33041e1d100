// Security properties checked over HTTP against the production server: headers, and server
// actions refusing cross-site POSTs (a replayed real action with a foreign or null Origin).
import type { Request } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo } from "./support";

test("responses carry the security headers", async ({ request }) => {
  for (const path of ["/", "/sign-in"]) {
    const res = await request.get(path);
    const h = res.headers();
    expect(h["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(h["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(h["content-security-policy"]).toContain("object-src 'none'");
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["x-powered-by"]).toBeUndefined();
  }
});

test("/favicon.ico exists (browsers fetch it for pages without an icon link, e.g. a file download)", async ({ request }) => {
  const res = await request.get("/favicon.ico");
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
});

test("a server action replayed from another origin is rejected and changes nothing", async ({ page }) => {
  const email = demo.advisor;
  const pattern = new RegExp(`Email to ${email.replace(/[.+]/g, "\\$&")}: Reset your Chartpath password`);
  const countResets = async () => {
    await page.goto("/dev/outbox");
    return page.getByRole("article", { name: pattern }).count();
  };
  const before = await countResets();
  let action: Request | undefined;
  page.on("request", (r) => {
    if (r.method() === "POST" && r.headers()["next-action"]) action = r;
  });
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Email me a reset link" }).click();
  await expect(page.getByText(/If an account exists/)).toBeVisible();
  expect(action).toBeDefined();
  expect(await countResets()).toBe(before + 1);

  for (const origin of ["https://evil.example", "null"]) {
    const replay = await page.request.post(action!.url(), {
      headers: { ...action!.headers(), origin },
      data: action!.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
    expect(replay.status(), `Origin ${origin}`).toBeGreaterThanOrEqual(400);
  }
  expect(await countResets()).toBe(before + 1);
});

test("state never changes on GET: sign-out and invitation acceptance need a POST", async ({ request }) => {
  const res = await request.get("/invite?token=" + "a".repeat(43));
  expect(res.status()).toBe(200);
  expect(await res.text()).toContain("This invitation no longer works");
});
