// The landing page's pointers onward: the career facts, and the page for training programs.
import Link from "next/link";

export function LandingLinks() {
  return (
    <section aria-label="More about Chartpath" className="mt-16 grid gap-4 md:grid-cols-2">
      <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-xl font-semibold text-slate-900">The facts before you start</h2>
        <p className="mt-2 text-slate-700">
          What coders and billers do all day, pay and job outlook, and the code sets you will learn — every figure with its source and date.
        </p>
        <Link href="/careers" className="mt-4 inline-block font-semibold text-brand-700 underline">
          Read the career facts
        </Link>
      </div>
      <div className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200">
        <h2 className="text-xl font-semibold text-slate-900">Run a training program?</h2>
        <p className="mt-2 text-slate-700">
          Give your learners Chartpath and see cohort outcomes, a roster that flags who needs help, and onboarding by invitation or join
          code.
        </p>
        <Link href="/for-programs" className="mt-4 inline-block font-semibold text-brand-700 underline">
          Chartpath for programs
        </Link>
      </div>
    </section>
  );
}
