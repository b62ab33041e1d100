// A new learner's job hunt: resume → match a posting → save it as an application → move it on
// the board by menu, keyboard and mouse drag → set a follow-up and export it as .ics.
import { readFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import { minimalDocx } from "../support/minimal-docx";
import { POSTING, RESUME, signUpLearner } from "./job-hunt-support";

test("resume, match, save, move on the board, follow up", async ({ page }) => {
  await signUpLearner(page);

  await page.getByRole("navigation", { name: "Learner sections" }).getByRole("link", { name: "Resume" }).click();
  await expect(page.getByText("Paste or upload your resume")).toBeVisible();
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: "robin-hale.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: minimalDocx("Robin Hale\nCPC-A candidate · ICD-10-CM · CPT"),
  });
  await page.getByRole("button", { name: "Save resume" }).click();
  await expect(page.getByText("Resume saved from robin-hale.docx")).toBeVisible();
  await expect(page.getByLabel("Resume text")).toHaveValue(/CPC-A candidate/);
  await page.getByLabel("Resume text").fill(RESUME);
  await page.getByRole("button", { name: "Save resume" }).click();
  await expect(page.getByText("Resume saved")).toBeVisible();
  const codeSets = page.getByRole("region", { name: "Code sets & tools" });
  await expect(codeSets.getByText(/present · coverage/)).toBeVisible();
  await codeSets.getByRole("button", { name: /NCCI edits: Tick/ }).click();
  await expect(codeSets.getByRole("button", { name: /NCCI edits: Ticked/ })).toHaveAttribute("aria-pressed", "true");

  await page.goto("/learner/match");
  await page.getByLabel("Job description").fill(POSTING);
  await page.getByRole("button", { name: "Match with my resume" }).click();
  await expect(page.getByLabel(/Match score \d+ out of 100/)).toBeVisible();
  await expect(page.getByText("How the score is calculated")).toBeVisible();
  await expect(page.getByRole("heading", { name: /Your resume lacks/ })).toBeVisible();
  await expect(
    page.getByRole("region", { name: "Job description with matched terms highlighted" }).locator("mark", { hasText: "Epic" }),
  ).toBeVisible();
  await page.getByLabel("Company").fill("Riverside Clinics");
  await page.getByLabel("Job title").fill("Remote Outpatient Coder I");
  await page.getByLabel("Link to the posting").fill("ftp://careers.riverside.example");
  await page.getByRole("button", { name: "Save match" }).click();
  await expect(page.getByText(/starting with http/)).toBeVisible();
  await page.getByLabel("Link to the posting").fill("https://careers.riverside.example/coder-1");
  await page.getByRole("button", { name: "Save match" }).click();
  await expect(page.getByText("Match saved with this application.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Job-description match" })).toBeVisible();

  // Board: move from the card's menu…
  await page.goto("/learner/applications");
  await page.locator("[data-board-ready]").waitFor(); // the board is interactive once its chunk has loaded
  await expect(page.getByRole("region", { name: /^Saved/ }).getByRole("listitem", { name: /Riverside/ })).toBeVisible();
  await page.getByRole("button", { name: "Actions for Riverside Clinics, Remote Outpatient Coder I" }).click();
  await page.getByRole("menuitem", { name: "Applied" }).click();
  await expect(page.getByRole("region", { name: /^Applied/ }).getByRole("listitem", { name: /Riverside/ })).toBeVisible();
  await expect(page.getByText("Moved Riverside Clinics to Applied.")).toBeVisible();
  // …and by keyboard only: pick up, one column right, drop.
  await page.getByRole("button", { name: "Move Riverside Clinics, Remote Outpatient Coder I" }).focus();
  await page.keyboard.press("Space");
  await expect(page.getByRole("status").filter({ hasText: /^Picked up Riverside Clinics/ })).toBeAttached(); // like a person, wait for it
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("status").filter({ hasText: "Moved over Interviewing." })).toBeAttached();
  await page.keyboard.press("Space");
  await expect(page.getByRole("region", { name: /^Interviewing/ }).getByRole("listitem", { name: /Riverside/ })).toBeVisible();
  await expect(page.getByText("Moved Riverside Clinics to Interviewing.")).toBeVisible();

  // Follow-up: set on the application, export as .ics.
  await page.getByRole("link", { name: "Riverside Clinics" }).click();
  await expect(page.getByRole("heading", { name: "History" })).toBeVisible();
  await expect(page.getByText(/Saved → Applied/)).toBeVisible();
  await expect(page.getByText(/Applied → Interviewing/)).toBeVisible();
  await page.getByLabel("Follow up on").fill("2030-05-04");
  await page.getByRole("button", { name: "Set follow-up" }).click();
  await expect(page.getByText("Follow-up set for 2030-05-04.")).toBeVisible();
  await page.goto("/learner/applications");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Follow-ups (.ics)" }).click()]);
  const ics = await readFile((await download.path())!, "utf8");
  expect(ics).toContain("DTSTART;VALUE=DATE:20300504");
  expect(ics).toContain("SUMMARY:Follow up: Remote Outpatient Coder I at Riverside Clinics");

  // Table view with a filter from the query string.
  await page.getByRole("link", { name: "Show as table" }).click();
  await expect(page).toHaveURL(/view=table/);
  await page.getByLabel("Stage").selectOption("INTERVIEWING");
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/stage=INTERVIEWING/);
  await expect(page.getByRole("table").getByRole("rowheader", { name: "Riverside Clinics" })).toBeVisible();

  // …and by mouse drag onto another column.
  await page.goto("/learner/applications");
  await page.locator("[data-board-ready]").waitFor();
  // Beside the sidebar the board may scroll sideways: bring the target column into view first.
  await page.getByRole("region", { name: /^Offer/ }).scrollIntoViewIfNeeded();
  const grip = (await page.getByRole("button", { name: "Move Riverside Clinics, Remote Outpatient Coder I" }).boundingBox())!;
  const offer = (await page.getByRole("region", { name: /^Offer/ }).boundingBox())!;
  await page.mouse.move(grip.x + grip.width / 2, grip.y + grip.height / 2);
  await page.mouse.down();
  await page.mouse.move(grip.x + 20, grip.y + 10, { steps: 3 });
  await page.mouse.move(offer.x + offer.width / 2, offer.y + 60, { steps: 10 });
  await page.mouse.up();
  await expect(page.getByRole("region", { name: /^Offer/ }).getByRole("listitem", { name: /Riverside/ })).toBeVisible();
});
