// Job-hunt e2e helpers: a fresh learner through the real sign-up flow, and realistic texts.
import { expect, type Page } from "@playwright/test";
import { signUpConfirmAndSignIn, uniqueEmail } from "./support";

export const PASSWORD = "a sturdy passphrase 42";

export async function signUpLearner(page: Page, name = "Robin Hale"): Promise<string> {
  const email = uniqueEmail("jobhunt");
  await signUpConfirmAndSignIn(page, name, email, PASSWORD);
  return email;
}

export const RESUME = `Robin Hale
Dayton, OH · robin.hale@example.test

Summary
Career changer completing a medical coding certificate; CPC exam scheduled (CPC-A expected).

Skills
ICD-10-CM, CPT, HCPCS Level II, modifiers, medical terminology, HIPAA, Epic (training), attention to detail.

Training
Medical Coding Certificate — coded 120 redacted outpatient charts with 95% audit accuracy.`;

export const POSTING = `Remote Outpatient Medical Coder I — Riverside Clinics

Responsibilities
- Assign ICD-10-CM, CPT and HCPCS Level II codes with modifiers for clinic visits.
- Review NCCI edits and send provider queries when documentation is unclear.

Required
- CPC, CPC-A or CCS credential required.
- Experience with Epic is a must.
- Attention to detail and 95% accuracy.

Preferred
- 3M or TruCode encoder experience.
- Knowledge of LCD/NCD medical necessity.`;

/** Adds an application through the form and returns its detail-page URL. */
export async function addApplication(page: Page, company: string, title = "Medical Coder"): Promise<string> {
  await page.goto("/learner/applications/new");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Job title").fill(title);
  await page.getByRole("button", { name: "Save application" }).click();
  await expect(page.getByText("Application saved.")).toBeVisible();
  return page.url();
}
