// Exactly what a program's staff will see, shown before a learner agrees to join.
import { CONSENT_FOOTNOTE, PROGRAM_KEEPS, PROGRAM_KEEPS_NOTE, STAFF_CANNOT_SEE, STAFF_CAN_SEE } from "@/lib/content/program-consent";

export function ConsentPanel({ program }: { program: string }) {
  return (
    <section aria-labelledby="consent-heading" className="rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm">
      <h2 id="consent-heading" className="text-base font-semibold">
        What {program}&rsquo;s advisors and admins will see
      </h2>
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {STAFF_CAN_SEE.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <h3 className="mt-3 font-semibold">What they will not see</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {STAFF_CANNOT_SEE.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="mt-3">{CONSENT_FOOTNOTE}</p>
      <h3 className="mt-3 font-semibold">What {program} keeps if you leave</h3>
      <ul className="mt-1 list-disc space-y-1 pl-5">
        {PROGRAM_KEEPS.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="mt-2">{PROGRAM_KEEPS_NOTE}</p>
    </section>
  );
}
