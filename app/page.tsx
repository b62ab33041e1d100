// The public landing page, for learners: what they get, real screenshots, the fit quiz first.
// Career facts live on /careers and the pitch to training programs on /for-programs.
import { LandingHero } from "@/lib/ui/landing/landing-hero";
import { FeatureTour } from "@/lib/ui/landing/feature-tour";
import { HowItWorks } from "@/lib/ui/landing/how-it-works";
import { LandingLinks } from "@/lib/ui/landing/landing-links";
import { QuizCta, SignUpCta } from "@/lib/ui/landing/cta-links";

export default function LandingPage() {
  return (
    <>
      <LandingHero />
      <HowItWorks />
      <FeatureTour />
      <LandingLinks />
      <section aria-labelledby="start-heading" className="mt-16 rounded-2xl bg-brand-50 px-6 py-10 text-center sm:px-10">
        <h2 id="start-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
          Start with three minutes
        </h2>
        <p className="mx-auto mt-2 max-w-xl text-slate-700">
          Take the fit quiz now; create an account when you are ready and your result comes with you.
        </p>
        <div className="mt-6 flex flex-wrap justify-center gap-3">
          <QuizCta />
          <SignUpCta />
        </div>
      </section>
    </>
  );
}
