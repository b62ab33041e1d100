// Programs and advisors in the browser: cohorts, CSV onboarding with per-row errors,
// invitation + consent, join codes, the advisor roster with flags, drill-down with the
// access log, leaving a cohort, and outcomes with CSV export.
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { demo, outboxLink, signIn, uniqueEmail } from "./support";
import { axeResults } from "./axe";

async function noAxeViolations(page: Page) {
  const results = await axeResults(page);
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function openDemoProgram(page: Page) {
  await signIn(page, demo.admin);
  await expect(page).toHaveURL(/\/programs$/);
  await page.getByRole("link", { name: "Manage cohorts and staff" }).first().click();
  await expect(page.getByRole("heading", { name: /Riverbend Community College/ })).toBeVisible();
}

test("admin creates a cohort, imports a roster with bad rows, and a learner joins by invitation with consent", async ({
  page,
  browser,
}) => {
  await openDemoProgram(page);
  await noAxeViolations(page);
  await page.getByRole("link", { name: "New cohort" }).click();
  const cohortName = `Evening Coders ${Date.now().toString(36)}`;
  await page.getByLabel("Cohort name").fill(cohortName);
  await page.getByLabel("Start date").fill("2026-09-01");
  await page.getByLabel("End date").fill("2026-08-01");
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByText("The end date must be on or after the start date")).toBeVisible();
  await page.getByLabel("End date").fill("2027-06-30");
  await page.getByRole("button", { name: "Create cohort" }).click();
  await expect(page.getByRole("heading", { name: cohortName })).toBeVisible();
  await noAxeViolations(page);
  const programUrl = new URL(page.url()).pathname.split("/cohorts/")[0]!;

  const invitee = uniqueEmail("invitee");
  const bad = `email,first name,last name,cohort\n${invitee},Ivy,Nguyen,${cohortName}\nnot-an-email,Bad,Row,${cohortName}\n${invitee},Ivy,Twice,${cohortName}\n`;
  await page.goto(`${programUrl}/import`);
  await page.getByLabel("Roster file (CSV)").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(bad) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("Error: Not a valid email address")).toBeVisible();
  await expect(page.getByText("Error: Same email appears earlier in the file")).toBeVisible();
  await page.getByRole("button", { name: "Import and send invitations" }).click();
  await expect(page.locator("form [role=alert]").filter({ hasText: "nothing was imported" })).toBeVisible();

  const good = `email,first name,last name,cohort\n${invitee},Ivy,Nguyen,${cohortName}\n`;
  await page.getByLabel("Roster file (CSV)").setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from(good) });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("Will be invited")).toBeVisible();
  await page.getByRole("button", { name: "Import and send invitations" }).click();
  await expect(page.getByText("Invited 1 · sent again 0 · skipped 0")).toBeVisible();

  const learner = await (await browser.newContext()).newPage();
  await learner.goto(await outboxLink(learner, invitee, "/invite"));
  await expect(learner.getByText(/You are invited to .* as a learner/)).toBeVisible();
  await learner.getByLabel("Your name").fill("Ivy Nguyen");
  await learner.getByLabel("Password").fill("ivy's long passphrase");
  await learner.getByRole("button", { name: "Create account" }).click();
  await expect(learner.getByText("Your account is ready")).toBeVisible();
  await learner.getByLabel("Password").fill("ivy's long passphrase");
  await learner.getByRole("button", { name: "Sign in" }).click();
  await expect(learner.getByRole("heading", { name: /What .* advisors and admins will see/ })).toBeVisible();
  await noAxeViolations(learner);
  await learner.getByRole("button", { name: "Agree and join" }).click();
  await expect(learner.getByText("Tick the box to agree before joining")).toBeVisible();
  await learner.getByLabel(/I agree that/).check();
  await learner.getByRole("button", { name: "Agree and join" }).click();
  await expect(learner).toHaveURL(/\/learner/);

  await page.goto(programUrl);
  await page.getByRole("link", { name: cohortName }).click();
  await expect(page.getByText("Ivy Nguyen")).toBeVisible();
});

test("a learner joins with a code; the advisor sees flags, opens the dashboard (logged); leaving ends access", async ({
  page,
  browser,
}) => {
  const email = uniqueEmail("joiner");
  const name = `Jo Joiner ${email.slice(7, 13)}`;
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill("joiner passphrase 9");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByRole("heading", { name: "Check your email" })).toBeVisible();
  await page.goto(await outboxLink(page, email, "/sign-up/confirm"));
  await page.getByLabel("Password").fill("joiner passphrase 9"); // the password chosen at sign-up confirms it
  await page.getByRole("button", { name: "Confirm and create my account" }).click();
  await expect(page.getByText("Your account is ready")).toBeVisible();
  await signIn(page, email, "joiner passphrase 9");
  await expect(page).toHaveURL(/\/learner/);
  await page.goto("/join");
  await page.getByLabel("Join code").fill("nope-nope");
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("This join code is not valid")).toBeVisible();
  await page.getByLabel("Join code").fill("river-cpc-26");
  await page.getByRole("button", { name: "Continue" }).click();
  await page.getByLabel(/I agree that/).check();
  await page.getByRole("button", { name: "Agree and join" }).click();
  await expect(page).toHaveURL(/\/learner/);

  const advisor = await (await browser.newContext()).newPage();
  await signIn(advisor, demo.advisor);
  await expect(advisor).toHaveURL(/\/advisor$/);
  await expect(advisor.getByRole("rowheader", { name: /Tomás Rivera/ })).toBeVisible();
  await expect(advisor.getByRole("row", { name: /Tomás Rivera/ }).getByText("Practice below passing bar")).toBeVisible();
  await noAxeViolations(advisor);
  await advisor.getByLabel("Flag").selectOption("NO_ACTIVITY");
  await advisor.getByRole("button", { name: "Apply" }).click();
  await expect(advisor.getByRole("rowheader", { name: /Ahmed Hassan/ })).toBeVisible();
  await expect(advisor.getByRole("rowheader", { name: /Tomás Rivera/ })).toHaveCount(0);

  await advisor.goto(`/advisor?q=${encodeURIComponent(name)}`);
  await advisor.getByRole("link", { name }).click();
  await expect(advisor.getByRole("heading", { name })).toBeVisible();
  const drillDown = advisor.url();
  await advisor.getByRole("textbox", { name: "Note" }).fill("Welcome aboard — book your first check-in.");
  await advisor.getByRole("button", { name: "Add note" }).click();
  await expect(advisor.getByText("Note added.")).toBeVisible();
  await noAxeViolations(advisor);
  await advisor.reload(); // re-renders after the note and a refresh are the same visit

  await page.goto("/learner/privacy");
  await expect(page.getByText(/Marcus Lee \(Riverbend/)).toHaveCount(1);
  await expect(page.getByText("Welcome aboard — book your first check-in.")).toBeVisible();
  await noAxeViolations(page);
  await page.getByText("What they see, and leaving").click();
  await page.getByRole("button", { name: /Leave Coding Certificate/ }).click();
  await page
    .getByRole("alertdialog", { name: /Leave Coding Certificate/ })
    .getByRole("button", { name: "Leave cohort" })
    .click();
  await expect(page.getByText("You have left the cohort.")).toBeVisible();
  await expect(page.getByText("You are not in a program cohort.")).toBeVisible();

  expect((await advisor.goto(drillDown))?.status()).toBe(404);
});

test("an admin sees invitation states, sends one again and revokes it after confirming; its link stops working", async ({
  page,
  browser,
}) => {
  await openDemoProgram(page);
  const invitations = page.getByRole("listitem").filter({ hasText: "morgan.lee@example.test" });
  await expect(
    page.getByRole("listitem").filter({ hasText: "grace.kim@demo.chartpath.test" }).getByText("accepted", { exact: true }),
  ).toBeVisible();
  const coach = uniqueEmail("coach");
  await page.getByLabel("Email").fill(coach);
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  const row = page.getByRole("listitem").filter({ hasText: coach });
  await expect(row.getByText("pending", { exact: true })).toBeVisible();
  await expect(invitations.getByText(/last sent/)).toBeVisible();
  await noAxeViolations(page);

  await row.getByRole("button", { name: "Send again" }).click();
  await expect(row.locator("form [role=alert]")).toContainText("sent a few minutes ago");

  const link = await outboxLink(await (await browser.newContext()).newPage(), coach, "/invite");
  await row.getByRole("button", { name: "Revoke invitation" }).click();
  const confirm = page.getByRole("alertdialog", { name: `Revoke the invitation to ${coach}?` });
  await expect(confirm.getByRole("button", { name: "Cancel" })).toBeFocused();
  await noAxeViolations(page);
  await confirm.getByRole("button", { name: "Revoke invitation" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: coach }).getByText("revoked", { exact: true })).toBeVisible();

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(link);
  await expect(invitee.getByText("This invitation no longer works")).toBeVisible();
});

test("outcomes show the funnel and export a formula-safe CSV", async ({ page }) => {
  await openDemoProgram(page);
  await page.getByRole("link", { name: "Outcomes", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Certification and placement outcomes" })).toBeVisible();
  await expect(page.getByRole("rowheader", { name: "Whole program" })).toBeVisible();
  await noAxeViolations(page);
  const download = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV" }).click()]).then(
    ([d]) => d,
  );
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString("utf8"));
  expect(text.replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("Cohort,Cohort end,Invited,Joined");
  expect(text).toContain("Whole program");
});

test("an oversized or non-CSV roster gets a clear message and imports nothing", async ({ page }) => {
  await openDemoProgram(page);
  await page.getByRole("link", { name: "Import learners (CSV)" }).click();
  await page
    .getByLabel("Roster file (CSV)")
    .setInputFiles({ name: "huge.csv", mimeType: "text/csv", buffer: Buffer.alloc(3_000_000, "a") });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText(/the limit is 2 MB/)).toBeVisible();
  await page
    .getByLabel("Roster file (CSV)")
    .setInputFiles({ name: "roster.csv", mimeType: "text/csv", buffer: Buffer.from("PK\u0003\u0004 this is a zipped spreadsheet") });
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.locator("form [role=alert]")).toContainText(/not a CSV|CSV/i);
});
