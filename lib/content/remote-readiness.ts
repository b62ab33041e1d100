// Remote-work readiness: the career guide's home-office checklist, its advice that many
// employers want on-site experience first, and entry roles to aim for on each path.
import { fact, type Fact, type Source } from "@/lib/content/fact";
import { UNDATED } from "@/lib/content/format-fact";
import type { CareerPath } from "@/lib/content/career-paths";

const GUIDE: Source = { label: "Chartpath career guide" };

export type RemoteChecklistKey = "PRIVATE_WORKSPACE" | "SECURE_INTERNET" | "SHREDDER" | "RELIABLE_COMPUTER" | "RESUME_HOME_OFFICE";

export interface RemoteChecklistItem {
  key: RemoteChecklistKey;
  label: string;
  why: string;
}

export const REMOTE_CHECKLIST: readonly RemoteChecklistItem[] = [
  {
    key: "PRIVATE_WORKSPACE",
    label: "A private, HIPAA-safe workspace",
    why: "Patient records must stay out of sight and earshot of family and visitors.",
  },
  {
    key: "SECURE_INTERNET",
    label: "Secure, reliable internet",
    why: "You reach the employer's systems from home; a secured, password-protected network protects patient data.",
  },
  { key: "SHREDDER", label: "A shredder", why: "Any paper with patient information has to be destroyed, not thrown away." },
  {
    key: "RELIABLE_COMPUTER",
    label: "A reliable computer",
    why: "Encoders and EHRs run all day; downtime costs productivity you are measured on.",
  },
  {
    key: "RESUME_HOME_OFFICE",
    label: "A home-office line on your resume",
    why: '"HIPAA-compliant home office" is a phrase remote postings and screeners look for.',
  },
];

/** Many employers want 1–2 years of on-site work before hiring for remote roles. */
export const ONSITE_BEFORE_REMOTE: Fact<{ minYears: number; maxYears: number }> = fact(
  { minYears: 1, maxYears: 2 },
  GUIDE,
  UNDATED,
  "uncertain",
  "many employers want this on site before going remote",
);

export interface EntryRoleSuggestion {
  title: string;
  why: string;
}

export const ENTRY_ROLE_SUGGESTIONS: Readonly<Record<CareerPath, readonly EntryRoleSuggestion[]>> = {
  BILLING: [
    { title: "Payment Posting Specialist", why: "Posting EOBs and ERAs teaches how payers pay and deny." },
    { title: "Patient Account Representative", why: "Patient balances and questions build the communication side of billing." },
    { title: "Claims Assistant", why: "Preparing and checking claims is the core of billing work." },
    { title: "Prior Authorization Specialist", why: "Front-end work with payer portals and coverage rules." },
    { title: "Billing Specialist", why: "The full claim-to-payment cycle; often the next step after the roles above." },
  ],
  CODING: [
    { title: "Junior Coder (accepts CPC-A)", why: "Counts toward the 2 years of experience that removes the apprentice status." },
    { title: "Medical Records Technician", why: "Daily contact with documentation and the record workflow coders rely on." },
    { title: "Health Information Technician", why: "HIM work in a hospital or clinic, often with a path into coding." },
    { title: "Charge Entry or Coding Assistant", why: "Coding-adjacent work that puts code sets into daily use." },
    { title: "Billing or Payment Posting roles", why: "Coding-adjacent: claims and denials show how codes drive payment." },
  ],
};
