// Career facts for people deciding: the two paths, pay and outlook, the code sets — each
// figure with its source and as-of date (lib/content).
import type { Metadata } from "next";
import { PathComparison } from "@/lib/ui/landing/path-comparison";
import { MarketFigures } from "@/lib/ui/landing/market-figures";
import { CodeSetTable } from "@/lib/ui/landing/code-set-table";
import { QuizCta } from "@/lib/ui/landing/cta-links";

export const metadata: Metadata = {
  title: "Careers in medical coding and billing: the facts",
  description: "What coders and billers do, pay and job outlook, and the code sets they use, each figure with its source.",
};

export default function CareersPage() {
  return (
    <>
      <h1 className="text-3xl font-bold text-slate-900 sm:text-4xl">Medical coding and billing: the facts</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-700">
        What the work is like on each path, what it pays and where it is heading, and the code sets you will learn. Every figure names its
        source and date.
      </p>
      <PathComparison />
      <MarketFigures />
      <CodeSetTable />
      <section aria-labelledby="careers-next" className="mt-12 rounded-2xl bg-brand-50 p-6 sm:p-8">
        <h2 id="careers-next" className="text-xl font-semibold text-slate-900">
          Not sure which path is yours?
        </h2>
        <p className="mt-1 text-slate-700">Eleven questions about how you like to work tell you which way you lean, and why.</p>
        <div className="mt-4">
          <QuizCta />
        </div>
      </section>
    </>
  );
}
