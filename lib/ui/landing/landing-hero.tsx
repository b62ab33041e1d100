// The landing page's first screen: who it is for, what they get, the quiz as the first step.
import { QuizCta, SignUpCta } from "./cta-links";
import { ScreenshotFrame } from "./screenshot-frame";
import { SCREENSHOTS } from "./screenshots";

export function LandingHero() {
  return (
    <section className="grid items-center gap-10 rounded-2xl bg-brand-800 px-6 py-10 text-white sm:px-10 lg:grid-cols-[1fr_1.1fr] lg:py-14">
      <div>
        <h1 className="text-3xl font-bold leading-tight sm:text-5xl">Your path into medical coding or billing</h1>
        <p className="mt-4 text-lg text-brand-50">
          Find out which path fits you, then follow one dated plan from your first course to your first job: practice tracking, resume
          matching and a job board in one place — with your program and advisor alongside you.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <QuizCta tone="dark" />
          <SignUpCta tone="dark" />
        </div>
        <p className="mt-4 text-sm text-brand-100">Free for learners. No patient information, ever.</p>
      </div>
      <ScreenshotFrame shot={SCREENSHOTS.dashboard} preload />
    </section>
  );
}
