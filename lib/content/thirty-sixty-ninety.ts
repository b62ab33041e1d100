// The career guide's 30-60-90 day plans, one per persona: three blocks of concrete actions
// for days 1–30, 31–60 and 61–90 from the plan's start date (dated in lib/domain/plan.ts).
import { fact } from "@/lib/content/fact";
import { UNDATED } from "@/lib/content/format-fact";
import type { Persona } from "@/lib/content/vocabulary";

export interface PersonaPlan {
  persona: Persona;
  label: string;
  /** Exactly three blocks: days 1–30, 31–60, 61–90. */
  blocks: readonly [readonly string[], readonly string[], readonly string[]];
}

const GUIDE = { label: "Medical coding & billing career guide" };

/** Only for a learner who has not chosen a path; a generated plan always has one, so it drops it. */
export const DECIDE_PATH = "Take the fit quiz and choose coding or billing";

/** Actions that are a plan milestone's work: shown only when that milestone template applies
 *  to the learner's path (lib/content/plan-templates.ts decides, once). */
export const ACTION_MILESTONES: Readonly<Record<string, string>> = {
  "Start anatomy & physiology": "anatomy-physiology",
  "Finish medical terminology and start anatomy & physiology": "anatomy-physiology",
};

export const THIRTY_SIXTY_NINETY: readonly PersonaPlan[] = [
  {
    persona: "CAREER_CHANGER",
    label: "Career changer",
    blocks: [
      [
        DECIDE_PATH,
        "List the skills from your current job that transfer (accuracy, customer service, deadlines)",
        "Compare 2–3 programs on accreditation, pass rate and placement rate",
        "Block fixed study hours around your current job",
      ],
      [
        "Enroll and finish the medical terminology module",
        "Join AAPC or AHIMA as a student and find your local chapter",
        "Update your LinkedIn headline to your target role",
      ],
      [
        "Start anatomy & physiology",
        "Hold two informational interviews with working coders or billers",
        "Draft a resume that leads with transferable skills",
      ],
    ],
  },
  {
    persona: "RECENT_GRADUATE",
    label: "Recent graduate",
    blocks: [
      [
        DECIDE_PATH,
        "Ask your school's career services about externships and employer partners",
        "Enroll in a program or prep course and set a weekly study schedule",
      ],
      [
        "Finish medical terminology and start anatomy & physiology",
        "Join AAPC or AHIMA as a student (discounted)",
        "Build a LinkedIn profile with your target role and coursework",
      ],
      [
        "Apply for an externship or a part-time front-office job",
        "Start a portfolio of redacted practice exercises",
        "Attend one chapter meeting or virtual event",
      ],
    ],
  },
  {
    persona: "PARENT_RETURNING",
    label: "Parent returning to work",
    blocks: [
      [
        DECIDE_PATH,
        "Pick a self-paced or evening program that fits your family schedule",
        "Set fixed study blocks (e.g. after bedtime) and arrange backup childcare for exam day",
      ],
      [
        "Finish medical terminology",
        "Prepare one honest line on your resume about the career gap",
        "Look for part-time, flexible or remote-friendly entry roles to target later",
      ],
      [
        "Start anatomy & physiology",
        "Connect with other parents in coding through a local chapter or online group",
        "Plan a quiet, private study space you can later use as a HIPAA-safe workspace",
      ],
    ],
  },
  {
    persona: "MILITARY_VETERAN",
    label: "Military veteran",
    blocks: [
      [
        DECIDE_PATH,
        "Check whether your GI Bill or other VA education benefits cover the program you want",
        "Translate your military duties (records, logistics, medical administration) into civilian resume terms",
      ],
      [
        "Enroll in an approved program and finish medical terminology",
        "Join AAPC or AHIMA as a student",
        "Register with veteran hiring programs and the VA's own job listings",
      ],
      [
        "Start anatomy & physiology",
        "Reach out to veteran coders or billers on LinkedIn",
        "Ask about SkillBridge or transition internships if you are still transitioning",
      ],
    ],
  },
  {
    persona: "REMOTE_JOB_SEEKER",
    label: "Dedicated remote job seeker",
    blocks: [
      [
        DECIDE_PATH,
        "Read remote postings: many employers want 1–2 years on site before remote",
        "Choose a program and set a study schedule",
      ],
      [
        "Finish medical terminology",
        "Set up a private, lockable workspace with secure internet, a shredder and a reliable computer",
        "Learn the remote keywords (work from home, telecommute, HIPAA-compliant home office)",
      ],
      [
        "Start anatomy & physiology",
        "List hybrid or on-site entry roles that can lead to remote work after a year",
        "Practice self-discipline: log every study session and hit your weekly target",
      ],
    ],
  },
  {
    persona: "OTHER",
    label: "Other",
    blocks: [
      [DECIDE_PATH, "Compare programs on accreditation, pass rate and placement rate", "Set a weekly study schedule"],
      ["Enroll and finish medical terminology", "Join AAPC or AHIMA as a student"],
      ["Start anatomy & physiology", "Talk to one working coder or biller about their day"],
    ],
  },
];

export const THIRTY_SIXTY_NINETY_SOURCE = fact("30-60-90 day plans", GUIDE, UNDATED, "confirmed");
