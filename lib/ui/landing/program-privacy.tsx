// What a program's staff can and cannot see, from the same text learners agree to before
// joining (lib/content/program-consent.ts).
import { CONSENT_FOOTNOTE, PROGRAM_KEEPS, PROGRAM_KEEPS_NOTE, STAFF_CANNOT_SEE, STAFF_CAN_SEE } from "@/lib/content/program-consent";

export function ProgramPrivacy() {
  return (
    <section id="privacy" aria-labelledby="privacy-heading" className="mt-16">
      <h2 id="privacy-heading" className="text-2xl font-bold text-slate-900">
        Privacy learners can trust
      </h2>
      <p className="mt-2 max-w-3xl text-slate-700">
        Learners see exactly what your staff will see before they join, and agree to it. Chartpath holds career data only — never patient
        information.
      </p>
      <h3 className="mt-6 text-sm font-semibold uppercase tracking-wide text-slate-600">What learners are shown before they join</h3>
      <div className="mt-3 grid gap-4 md:grid-cols-2">
        <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h4 className="font-semibold text-slate-900">Staff can see</h4>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {STAFF_CAN_SEE.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
        <div className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
          <h4 className="font-semibold text-slate-900">Staff cannot see</h4>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
            {STAFF_CANNOT_SEE.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ul>
        </div>
      </div>
      <p className="mt-4 max-w-3xl text-sm text-slate-700">{CONSENT_FOOTNOTE}</p>
      <div className="mt-4 max-w-3xl rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
        <h4 className="font-semibold text-slate-900">What the program keeps after a learner leaves</h4>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-800">
          {PROGRAM_KEEPS.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="mt-2 text-sm text-slate-700">{PROGRAM_KEEPS_NOTE}</p>
      </div>
    </section>
  );
}
