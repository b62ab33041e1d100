// Three steps from "curious" to "hired", each pointing at the next thing to do.
const STEPS = [
  { title: "Find your fit", body: "Eleven questions show whether coding or billing suits how you like to work." },
  { title: "Choose your route", body: "Compare credentials and training routes side by side, then pick one." },
  { title: "Follow your plan to the job", body: "Study, practise, sit the exam and track every application in one place." },
];

export function HowItWorks() {
  return (
    <section aria-labelledby="how-heading" className="mt-16">
      <h2 id="how-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
        How it works
      </h2>
      <ol className="mt-6 grid gap-4 md:grid-cols-3">
        {STEPS.map((s, i) => (
          <li key={s.title} className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <span aria-hidden="true" className="flex h-8 w-8 items-center justify-center rounded-full bg-brand-700 font-bold text-white">
              {i + 1}
            </span>
            <h3 className="mt-3 font-semibold text-slate-900">{s.title}</h3>
            <p className="mt-1 text-slate-700">{s.body}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
