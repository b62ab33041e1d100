// Demo data for the job-hunt toolkit: the demo learner's resume, ten applications across every
// stage with histories over the last two months (relative to today, so follow-ups are overdue /
// due today whenever the demo runs), contacts, one saved match, portfolio items and remote ticks.
// Idempotent: skipped when the demo learner already has a resume or applications.
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";
import { matchJobDescription } from "../../lib/domain/keyword-match";
import { DEMO_JOB_POSTING, DEMO_RESUME } from "./job-hunt-texts";

type Stage = "SAVED" | "APPLIED" | "INTERVIEWING" | "OFFER" | "ACCEPTED" | "DECLINED" | "REJECTED" | "WITHDRAWN" | "GHOSTED";
interface DemoApp {
  company: string;
  title: string;
  roleType: string;
  workMode: string;
  location: string;
  source: string;
  link: string;
  salary?: [number, number];
  notes?: string;
  /** [stage, days ago] in order; the first is when it was saved. */
  path: [Stage, number][];
  followUpIn?: number;
  contacts?: { name: string; role: string; email?: string; phone?: string }[];
  match?: boolean;
}

const APPS: DemoApp[] = [
  {
    company: "Lakeshore Health Partners",
    title: "Medical Coder I (CPC-A welcome)",
    roleType: "MEDICAL_CODER",
    workMode: "HYBRID",
    location: "Columbus, OH",
    source: "INDEED",
    link: "https://careers.lakeshorehealth.example/jobs/coder-1",
    salary: [40000, 46000],
    path: [
      ["SAVED", 20],
      ["APPLIED", 18],
      ["INTERVIEWING", 8],
    ],
    followUpIn: -3,
    match: true,
    notes: "Phone screen went well; panel interview with the coding manager next.",
    contacts: [
      { name: "Karen Osei", role: "RECRUITER", email: "karen.osei@lakeshorehealth.example", phone: "614-555-0142" },
      { name: "Luis Ortega", role: "INTERVIEWER" },
    ],
  },
  {
    company: "Buckeye Orthopedic Group",
    title: "Outpatient Coder",
    roleType: "OUTPATIENT_CODER",
    workMode: "ONSITE",
    location: "Dublin, OH",
    source: "COMPANY_SITE",
    link: "https://buckeyeortho.example/careers/outpatient-coder",
    salary: [42000, 48000],
    path: [
      ["SAVED", 30],
      ["APPLIED", 27],
    ],
    followUpIn: -6,
    contacts: [{ name: "Priya Natarajan", role: "RECRUITER", email: "hr@buckeyeortho.example" }],
  },
  {
    company: "Summit Revenue Services",
    title: "Junior Coder — Remote after training",
    roleType: "MEDICAL_CODER",
    workMode: "REMOTE",
    location: "Remote (US)",
    source: "LINKEDIN",
    link: "https://www.linkedin.com/jobs/view/0000000001",
    salary: [38000, 44000],
    path: [
      ["SAVED", 12],
      ["APPLIED", 10],
    ],
    followUpIn: 0,
  },
  {
    company: "Riverbend Family Medicine",
    title: "Coding & Charge Entry Specialist",
    roleType: "MEDICAL_CODER",
    workMode: "ONSITE",
    location: "Grove City, OH",
    source: "REFERRAL",
    link: "https://riverbendfm.example/jobs/charge-entry",
    path: [
      ["SAVED", 55],
      ["APPLIED", 52],
      ["INTERVIEWING", 40],
      ["OFFER", 31],
      ["DECLINED", 28],
    ],
    notes: "Declined: 45-minute commute each way and no path to coding-only work.",
    contacts: [{ name: "Gloria Ramos", role: "INTERVIEWER", phone: "(614) 555-0199" }],
  },
  {
    company: "Central Ohio Surgical Center",
    title: "Coding Auditor Trainee",
    roleType: "CODING_AUDITOR",
    workMode: "HYBRID",
    location: "Westerville, OH",
    source: "INDEED",
    link: "https://cosc.example/careers/audit-trainee",
    path: [
      ["SAVED", 50],
      ["APPLIED", 47],
      ["REJECTED", 33],
    ],
    notes: "Wanted 2 years of coding first. Revisit after CPC-A removal.",
  },
  {
    company: "MedBill Connect",
    title: "Payment Poster",
    roleType: "PAYMENT_POSTER",
    workMode: "REMOTE",
    location: "Remote (OH, KY, IN)",
    source: "INDEED",
    link: "https://medbillconnect.example/jobs/payment-poster",
    salary: [36000, 40000],
    path: [
      ["SAVED", 45],
      ["APPLIED", 44],
      ["GHOSTED", 14],
    ],
  },
  {
    company: "Mercy Valley Hospital",
    title: "HIM Technician",
    roleType: "OTHER",
    workMode: "ONSITE",
    location: "Newark, OH",
    source: "COMPANY_SITE",
    link: "https://mercyvalley.example/careers/him-tech",
    path: [
      ["SAVED", 40],
      ["APPLIED", 38],
      ["INTERVIEWING", 25],
      ["OFFER", 6],
    ],
    followUpIn: 2,
    notes: "Offer: $19.50/h, day shift. Ask whether coding hours count toward the apprenticeship letter.",
    contacts: [{ name: "Tom Becker", role: "RECRUITER", email: "tbecker@mercyvalley.example" }],
  },
  {
    company: "Allied Claims Solutions",
    title: "Claims Assistant",
    roleType: "CLAIMS_ASSISTANT",
    workMode: "HYBRID",
    location: "Columbus, OH",
    source: "LINKEDIN",
    link: "https://alliedclaims.example/jobs/claims-assistant",
    path: [
      ["SAVED", 35],
      ["WITHDRAWN", 30],
    ],
    notes: "Withdrew: billing-only role, no coding.",
  },
  {
    company: "Northpoint Dermatology",
    title: "Medical Coder (part-time)",
    roleType: "MEDICAL_CODER",
    workMode: "ONSITE",
    location: "Worthington, OH",
    source: "INDEED",
    link: "https://northpointderm.example/jobs/coder-pt",
    path: [["SAVED", 4]],
    followUpIn: 5,
  },
  {
    company: "Heartland Physician Billing",
    title: "Prior Authorization Specialist",
    roleType: "PRIOR_AUTH_SPECIALIST",
    workMode: "REMOTE",
    location: "Remote (US)",
    source: "OTHER",
    link: "https://heartlandpb.example/careers/prior-auth",
    path: [
      ["SAVED", 60],
      ["APPLIED", 58],
      ["INTERVIEWING", 46],
      ["OFFER", 39],
      ["ACCEPTED", 37],
    ],
    notes: "Accepted as a part-time bridge role while finishing the CPC course.",
  },
];

const dayStart = (daysFromToday: number) => {
  const d = new Date();
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + daysFromToday));
};
/** Mid-morning UTC of a past day, so history reads as a time of day that day. */
const at = (daysAgo: number) => new Date(dayStart(-daysAgo).getTime() + 14 * 3_600_000);

export async function seedJobHunt(db: Db, ctx: FoundationSeed): Promise<void> {
  const userId = ctx.learner.id;
  const existing = await db.jobApplication.count({ where: { userId } });
  const resume = await db.resume.findUnique({ where: { userId }, select: { userId: true } });
  if (existing > 0 || resume) return;

  await db.resume.create({ data: { userId, text: DEMO_RESUME } });
  const match = matchJobDescription(DEMO_RESUME, DEMO_JOB_POSTING, "CODING");
  for (const app of APPS) {
    const last = app.path[app.path.length - 1]!;
    const applied = app.path.find(([s]) => s !== "SAVED" && s !== "WITHDRAWN");
    const created = await db.jobApplication.create({
      data: {
        userId,
        company: app.company,
        title: app.title,
        roleType: app.roleType,
        workMode: app.workMode,
        location: app.location,
        source: app.source,
        link: app.link,
        salaryMin: app.salary?.[0] ?? null,
        salaryMax: app.salary?.[1] ?? null,
        notes: app.notes ?? null,
        stage: last[0],
        stageChangedAt: at(last[1]),
        appliedOn: applied ? dayStart(-applied[1]) : null,
        followUpOn: app.followUpIn === undefined ? null : dayStart(app.followUpIn),
        createdAt: at(app.path[0]![1]),
        ...(app.match
          ? {
              jobDescription: DEMO_JOB_POSTING,
              matchScore: match.score,
              matchSnapshot: {
                score: match.score,
                at: at(19).toISOString(),
                formula: match.formula,
                suggestions: match.suggestions,
                requested: match.requested.map((r) => ({ id: r.id, label: r.label, required: r.required, inResume: r.inResume })),
              },
            }
          : {}),
        history: {
          create: app.path.map(([stage, daysAgo], i) => ({
            userId,
            fromStage: i === 0 ? null : app.path[i - 1]![0],
            toStage: stage,
            changedAt: at(daysAgo),
          })),
        },
        contacts: {
          create: (app.contacts ?? []).map((c) => ({ name: c.name, role: c.role, email: c.email ?? null, phone: c.phone ?? null })),
        },
      },
      select: { id: true },
    });
    void created;
  }
  await db.portfolioItem.createMany({
    data: [
      {
        userId,
        title: "Outpatient E/M visit — established patient (redacted)",
        description: "Practice chart from the certificate course, week 14",
        body: "Scenario (invented): established patient seen for follow-up of type 2 diabetes with peripheral neuropathy; medication adjusted.\n\nDiagnosis: E11.42 — Type 2 diabetes mellitus with diabetic polyneuropathy (the index leads from diabetic peripheral neuropathy to E11.42; E11.40 is only for neuropathy documented without its type).\nVisit level: 99213, supported by low-complexity medical decision making (one stable chronic illness, prescription drug management).\n\nWhy: the neuropathy is documented as diabetic, so the combination code applies; no separate neuropathy code is needed.",
      },
      {
        userId,
        title: "Knee arthroscopy — meniscus tear (redacted)",
        description: "Case study: why S83.2 is not billable as written",
        body: "Scenario (invented): arthroscopic partial medial meniscectomy after a sports injury.\n\nProcedure: 29881 (described in my own words: knee arthroscopy with meniscectomy, including debridement).\nDiagnosis: S83.2 is a subcategory and needs more characters — e.g. S83.209A for an initial encounter when the tear type and meniscus are unspecified; the op note here specifies the medial meniscus, so the more specific code applies.\n\nLesson: always code to the highest specificity the documentation supports.",
      },
    ],
  });
  await db.checklistMark.createMany({
    data: ["PRIVATE_WORKSPACE", "RELIABLE_COMPUTER", "SECURE_INTERNET"].map((itemKey) => ({ userId, list: "remote-readiness", itemKey })),
    skipDuplicates: true,
  });
}
