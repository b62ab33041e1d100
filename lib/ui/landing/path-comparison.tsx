// Coding vs billing side by side, from lib/content/career-paths.ts.
import { CAREER_PATHS, CODE_SETS, OVERLAP } from "@/lib/content/career-paths";
import { FactSource } from "@/lib/ui/fact-source";

export function PathComparison() {
  const paths = [CAREER_PATHS.CODING, CAREER_PATHS.BILLING];
  return (
    <section aria-labelledby="paths-heading" className="mt-12">
      <h2 id="paths-heading" className="text-2xl font-bold">
        Coding or billing: what the work is like
      </h2>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {paths.map((p) => (
          <article key={p.code} className="rounded-xl border border-slate-200 bg-white p-5 shadow-sm">
            <h3 className="text-xl font-semibold text-brand-700">{p.title}</h3>
            <p className="mt-1 text-slate-700">{p.summary}</p>
            <h4 className="mt-4 font-semibold">A typical day</h4>
            <ul className="mt-1 list-disc space-y-1 pl-5 text-sm text-slate-800">
              {p.dailyWork.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
            <h4 className="mt-4 font-semibold">Code sets you use</h4>
            <p className="text-sm text-slate-800">{p.codeSets.join(" · ")}</p>
            <h4 className="mt-4 font-semibold">Getting hired</h4>
            <p className="text-sm text-slate-800">{p.reachability}</p>
          </article>
        ))}
      </div>
      <h3 className="mt-8 text-xl font-semibold">Where they overlap</h3>
      <ul className="mt-2 grid gap-3 sm:grid-cols-2">
        {OVERLAP.map((o) => (
          <li key={o.key} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <p className="font-medium">{o.label}</p>
            <p className="text-sm text-slate-700">{o.detail}</p>
          </li>
        ))}
      </ul>
      <h3 className="mt-8 text-xl font-semibold">The code sets</h3>
      <div className="mt-2 relative overflow-x-auto">
        <table className="w-full min-w-[40rem] text-left text-sm">
          <caption className="sr-only">Medical code sets, who maintains them and how often they change</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2">
                Code set
              </th>
              <th scope="col">Covers</th>
              <th scope="col">Format</th>
              <th scope="col">Maintained by / updates</th>
            </tr>
          </thead>
          <tbody>
            {CODE_SETS.map((c) => (
              <tr key={c.code} className="border-b border-slate-100 align-top">
                <th scope="row" className="py-2 pr-3 font-medium">
                  {c.name}
                </th>
                <td className="py-2 pr-3">{c.covers}</td>
                <td className="py-2 pr-3">{c.format.value}</td>
                <td className="py-2">
                  {c.owner.value}; {c.updateCadence.value}
                  <FactSource fact={c.owner} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
