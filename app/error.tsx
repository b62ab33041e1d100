"use client";
// Unexpected errors: a plain message with the digest to quote to support, never a stack.
import { buttonVariants } from "@/lib/ui/primitives/button-variants";
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div role="alert" className="mx-auto max-w-lg py-16 text-center">
      <h1 className="text-3xl font-bold">Something went wrong</h1>
      <p className="mt-3 text-slate-700">
        We could not load this page. Your saved work is safe.{error.digest ? ` Reference: ${error.digest}.` : ""}
      </p>
      <button type="button" onClick={reset} className={buttonVariants({ className: "mt-6" })}>
        Try again
      </button>
    </div>
  );
}
