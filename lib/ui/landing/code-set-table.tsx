// The code sets, who maintains them and how often they change (lib/content/career-paths.ts).
// A table from the small breakpoint up; on a phone each code set is a card, so nothing is cut off.
import { CODE_SETS } from "@/lib/content/career-paths";
import { FactSource } from "@/lib/ui/fact-source";

export function CodeSetTable() {
  return (
    <section aria-labelledby="code-sets-heading" className="mt-12">
      <h2 id="code-sets-heading" className="text-2xl font-bold">
        The code sets
      </h2>
      <p className="mt-1 text-slate-700">The standard code sets both paths work with, who keeps them and when they change.</p>
      <ul className="mt-4 space-y-3 sm:hidden">
        {CODE_SETS.map((c) => (
          <li key={c.code} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <h3 className="font-semibold text-slate-900">{c.name}</h3>
            <dl className="mt-2 space-y-2 text-sm">
              <div>
                <dt className="font-medium text-slate-600">Covers</dt>
                <dd className="text-slate-800">{c.covers}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Format</dt>
                <dd className="text-slate-800">{c.format.value}</dd>
              </div>
              <div>
                <dt className="font-medium text-slate-600">Maintained by / updates</dt>
                <dd className="text-slate-800">
                  {c.owner.value}; {c.updateCadence.value}
                  <FactSource fact={c.owner} />
                </dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
      <div className="mt-4 hidden rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:block">
        <table className="w-full text-left text-sm">
          <caption className="sr-only">Medical code sets, who maintains them and how often they change</caption>
          <thead>
            <tr className="border-b border-slate-300">
              <th scope="col" className="py-2 pr-3">
                Code set
              </th>
              <th scope="col" className="pr-3">
                Covers
              </th>
              <th scope="col" className="pr-3">
                Format
              </th>
              <th scope="col">Maintained by / updates</th>
            </tr>
          </thead>
          <tbody>
            {CODE_SETS.map((c) => (
              <tr key={c.code} className="border-b border-slate-100 align-top last:border-0">
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
