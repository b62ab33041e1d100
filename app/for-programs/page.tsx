// What a training program gets from Chartpath: outcomes, a roster for triage, onboarding and
// privacy, shown with screenshots of the real staff pages, and how to start.
import type { Metadata } from "next";
import Link from "next/link";
import { FLAG_LABELS } from "@/lib/domain/at-risk";
import { ProgramSection } from "@/lib/ui/landing/program-section";
import { ProgramPrivacy } from "@/lib/ui/landing/program-privacy";
import { ScreenshotFrame } from "@/lib/ui/landing/screenshot-frame";
import { SCREENSHOTS } from "@/lib/ui/landing/screenshots";

export const metadata: Metadata = {
  title: "Chartpath for training programs",
  description: "Certification and placement outcomes by cohort, a roster that flags who needs help, and simple onboarding.",
};

const CTA = "inline-flex items-center justify-center rounded-md px-5 py-3 font-semibold";

export default function ForProgramsPage() {
  return (
    <>
      <section className="grid items-center gap-10 rounded-2xl bg-brand-800 px-6 py-10 text-white sm:px-10 lg:grid-cols-[1fr_1.1fr] lg:py-14">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-100">For training programs</p>
          <h1 className="mt-2 text-3xl font-bold leading-tight sm:text-5xl">See every learner from first class to first job</h1>
          <p className="mt-4 text-lg text-brand-50">
            Give your coding and billing learners a dated plan and a job-hunt workspace, and get the certification and placement outcomes
            you report on — without chasing spreadsheets.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <Link href="/sign-up" className={`${CTA} bg-white text-brand-800 hover:bg-brand-50`}>
              Create an account to set up your program
            </Link>
          </div>
          <p className="mt-4 text-sm text-brand-100">
            Already have an account?{" "}
            <Link href="/programs/new" className="font-semibold text-white underline">
              Set up your program
            </Link>
          </p>
        </div>
        <ScreenshotFrame shot={SCREENSHOTS.roster} preload />
      </section>
      <ProgramSection
        id="outcomes"
        title="Outcomes you can report"
        body="Certification and placement figures computed from your learners' own records, for the whole program and for each cohort."
        points={[
          "A funnel from invited to joined, exam scheduled, passed and placed",
          "First-attempt pass rate, placement, time to certification and salary by cohort",
          "Download as CSV or print the report",
        ]}
        shot={SCREENSHOTS.outcomes}
      />
      <ProgramSection
        id="roster"
        flip
        title="A roster that shows who needs help"
        body="Advisors see each learner's plan progress, practice scores and exam date, with a flag and the date it started when someone slips."
        points={[
          `Flags such as “${FLAG_LABELS.BEHIND_PLAN}”, “${FLAG_LABELS.PRACTICE_BELOW_BAR}” and “${FLAG_LABELS.JOB_HUNT_STALLED}”`,
          "Filter by cohort or flag; open a learner to see their dashboard and add notes",
          "Advisors see only the cohorts they are assigned to",
        ]}
        shot={SCREENSHOTS.learner}
      />
      <ProgramSection
        id="onboarding"
        title="Onboarding in minutes"
        body="Bring a cohort in the way that suits you, and assign its advisors."
        points={[
          "Email invitations, one by one or from a CSV file checked row by row",
          "A join code learners enter themselves",
          "Cohorts with start dates and assigned advisors",
        ]}
        shot={SCREENSHOTS.cohort}
      />
      <ProgramPrivacy />
      <section aria-labelledby="programs-start" className="mt-16 rounded-2xl bg-brand-50 px-6 py-10 text-center sm:px-10">
        <h2 id="programs-start" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          Set up your program
        </h2>
        <p className="mx-auto mt-2 max-w-xl text-slate-700">
          Create an account, name your program and your first cohort, then invite learners or share a join code.
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <Link href="/sign-up" className={`${CTA} bg-brand-700 text-white hover:bg-brand-800`}>
            Create an account
          </Link>
          <Link href="/programs/new" className={`${CTA} bg-white text-brand-800 ring-1 ring-slate-300 hover:bg-slate-50`}>
            I have an account: set up my program
          </Link>
        </div>
      </section>
    </>
  );
}
