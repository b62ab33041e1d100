// Coding vs billing side by side, from lib/content/career-paths.ts (the code sets: code-set-table.tsx).
import { CAREER_PATHS, OVERLAP } from "@/lib/content/career-paths";

export function PathComparison() {
  const paths = [CAREER_PATHS.CODING, CAREER_PATHS.BILLING];
  return (
    <section aria-labelledby="paths-heading" className="mt-10">
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
    </section>
  );
}
