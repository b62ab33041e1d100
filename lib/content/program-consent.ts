// What a program's advisors and admins can see about a learner who joins a cohort. Shown
// before joining and enforced by the staff view (lib/data/programs/learner-view.ts).
export const STAFF_CAN_SEE = [
  "Your name, email address and the cohorts you are in",
  "Your chosen path, credential, training route and plan, with milestone progress and due dates",
  "Practice-exam scores and study hours",
  "Your exam dates, results, apprentice status and CEU progress",
  "Your job applications: company, title, stage, dates and follow-ups, and any job you record",
  "When you were last active in Chartpath",
] as const;

export const STAFF_CANNOT_SEE = [
  "Your password or sign-in activity",
  "Your resume text, portfolio items and pasted job descriptions",
  "Your fit-quiz answers and application contacts and notes",
] as const;

export const CONSENT_FOOTNOTE =
  "Advisors can add notes; notes marked as shared appear on your dashboard. Every time an advisor or admin opens your dashboard it is logged, and you can see who looked and when. You can leave a cohort at any time: their access ends immediately and your own data stays yours.";
