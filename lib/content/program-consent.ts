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
  "Advisors can add notes; notes marked as shared appear on your dashboard. Every time an advisor or admin opens your dashboard it is logged, and you can see who looked and when. You can leave a cohort at any time: their access to your Chartpath account ends immediately and your own data stays yours.";

/** A program keeps an ended enrollment this long after the learner graduated, withdrew or
 *  transferred (reporting years look back several years); the daily purge then deletes it. */
export const ENROLLMENT_RETENTION_YEARS = 7;

/** What the program keeps after a learner leaves the cohort: the enrollment record accreditors
 *  require (lib/data/programs/enrollment-records.ts shows staff no more than this). */
export const PROGRAM_KEEPS = [
  "That you enrolled: the cohort, your start date and whether you were a new start or a re-entry",
  "How your enrollment ended, when they record it: graduated, withdrew (with the reason they note) or transferred, and the date",
  "Exam results and jobs recorded while you were a member, with where each came from and whether staff verified it",
  "Anything they record themselves from documents, such as an offer letter or a score report, and graduate-survey answers you send them",
] as const;

export const PROGRAM_KEEPS_NOTE = `After you leave, staff see this record under a reference number (E-…), not your name or account, and nothing you add to Chartpath afterwards reaches it. It is kept for ${ENROLLMENT_RETENTION_YEARS} years after you graduate, withdraw or transfer, because accreditors and state agencies ask programs to report on past years, and then deleted. Deleting your Chartpath account removes your name from it too.`;
