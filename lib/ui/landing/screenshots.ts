// The product screenshots on the public pages: real demo pages captured by
// scripts/capture-screenshots.ts into public/screenshots/ (re-run it after a visible change).
export interface Screenshot {
  src: string;
  width: number;
  height: number;
  alt: string;
}

const shot = (name: string, alt: string): Screenshot => ({ src: `/screenshots/${name}.png`, width: 1280, height: 800, alt });

export const SCREENSHOTS = {
  dashboard: shot(
    "learner-dashboard",
    "The learner dashboard: the current phase of a dated plan, the next milestones, practice-exam scores over time and the exam date.",
  ),
  plan: shot("learner-plan", "A dated plan from coursework to exam prep and the job hunt, with milestones to tick off."),
  practice: shot("learner-practice", "Practice tracking: practice-exam scores charted against the pass mark, and study hours logged."),
  match: shot(
    "learner-match",
    "Resume match: a pasted job description compared with the resume, showing the keywords found and the ones missing.",
  ),
  board: shot("learner-board", "The job board: applications in columns by stage, from saved to offer, with follow-up dates."),
  roster: shot("advisor-roster", "An advisor's roster: each learner's plan progress, practice scores and flags for who needs outreach."),
  outcomes: shot(
    "program-outcomes",
    "A program's outcomes report: a funnel from invited to placed, and each cohort's pass and placement rates.",
  ),
  cohort: shot("program-cohort", "A cohort page: invitations, a join code and the assigned advisors."),
  learner: shot(
    "advisor-learner",
    "An advisor's read-only view of one learner: readiness score, current phase, next actions and overdue milestones.",
  ),
} as const;
