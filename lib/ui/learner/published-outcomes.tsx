// Shortlisted programs whose web address is a Chartpath public outcomes page: the program's
// published figures (verified share, small groups hidden) beside the rates the learner typed.
import Link from "next/link";
import { OUTCOME_STANDARDS, measureDefinition } from "@/lib/content/outcome-standards";
import type { PublicOutcomes } from "@/lib/data/programs/standard-reports";

export interface PublishedBeside {
  name: string;
  typedPass: number | null;
  typedPlacement: number | null;
  published: PublicOutcomes;
}

export function PublishedOutcomes({ items }: { items: PublishedBeside[] }) {
  return (
    <ul className="space-y-4">
      {items.map(({ name, typedPass, typedPlacement, published }) => {
        const verified = published.evidence.total === 0 ? null : Math.round((published.evidence.verified / published.evidence.total) * 100);
        return (
          <li key={name} className="rounded-lg border border-slate-200 p-3">
            <p className="font-semibold text-slate-900">
              {name}{" "}
              <span className="font-normal text-slate-600">
                · published by {published.program.name}: {OUTCOME_STANDARDS[published.standard].name}, {published.window.label}
              </span>
            </p>
            <p className="text-sm text-slate-700">
              You typed: pass rate {typedPass === null ? "not recorded" : `${typedPass}%`}, placement rate{" "}
              {typedPlacement === null ? "not recorded" : `${typedPlacement}%`}.
            </p>
            <ul className="mt-1 list-disc pl-5 text-sm text-slate-800">
              {published.measures.map((m) => (
                <li key={m.id}>
                  {measureDefinition(published.standard, m.id)?.value.label ?? m.id}:{" "}
                  {m.shown.suppressed ? `not shown (fewer than ${published.minCell} people)` : m.shown.text}
                </li>
              ))}
            </ul>
            <p className="mt-1 text-sm text-slate-600">
              {verified === null
                ? "No outcome records behind these yet."
                : `${verified}% of the records behind these were verified by the program's staff.`}{" "}
              <Link className="text-brand-700 underline" href={`/outcomes/${published.program.slug}`}>
                Definitions and sources
              </Link>
            </p>
          </li>
        );
      })}
    </ul>
  );
}
