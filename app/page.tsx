import Link from "next/link";
import { PathComparison } from "@/lib/ui/landing/path-comparison";
import { MarketFigures } from "@/lib/ui/landing/market-figures";

export default function LandingPage() {
  return (
    <>
      <section className="rounded-2xl bg-brand-800 px-6 py-12 text-white sm:px-10">
        <h1 className="max-w-3xl text-3xl font-bold leading-tight sm:text-5xl">Your path into medical coding or billing</h1>
        <p className="mt-4 max-w-2xl text-lg text-brand-50">
          Decide which path fits you, pick the right credential and training, follow a dated plan, and land your first job — with your
          program and advisor alongside you.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/sign-up" className="rounded-md bg-white px-5 py-2.5 font-semibold text-brand-800 hover:bg-brand-50">
            Create your free account
          </Link>
          <Link href="/quiz" className="rounded-md px-5 py-2.5 font-semibold text-white ring-1 ring-white/70 hover:bg-white/10">
            Coding or billing? Take the fit quiz
          </Link>
        </div>
      </section>
      <PathComparison />
      <MarketFigures />
    </>
  );
}
