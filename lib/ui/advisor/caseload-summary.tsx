// What an advisor's roster leads with: how many learners need outreach this week and how the
// caseload splits by risk tier. Each count links to the roster filtered to those learners.
import Link from "next/link";
import type { Caseload } from "@/lib/domain/at-risk";
import { OUTREACH_DAYS } from "@/lib/domain/at-risk";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function CaseloadSummary({ c, base }: { c: Caseload; base: URLSearchParams }) {
  const link = (extra: Record<string, string>) => {
    const p = new URLSearchParams(base);
    for (const [k, v] of Object.entries(extra)) p.set(k, v);
    return `/advisor?${p}`;
  };
  const tiles = [
    {
      key: "outreach",
      href: link({ outreach: "1" }),
      value: c.needOutreach,
      text: `${c.needOutreach === 1 ? "needs" : "need"} outreach this week`,
      hint: `Flagged, no note in ${OUTREACH_DAYS} days`,
      tone: c.needOutreach > 0 ? "border-red-300 bg-red-50 text-red-950" : "border-slate-200 bg-white text-slate-900",
    },
    {
      key: "high",
      href: link({ tier: "HIGH" }),
      value: c.high,
      text: "high risk",
      hint: "Act this week",
      tone: "border-slate-200 bg-white text-red-900",
    },
    {
      key: "medium",
      href: link({ tier: "MEDIUM" }),
      value: c.medium,
      text: "to watch",
      hint: "One flag or early signs",
      tone: "border-slate-200 bg-white text-amber-950",
    },
    {
      key: "none",
      href: link({ tier: "NONE" }),
      value: c.onTrack,
      text: "on track",
      hint: "No flags",
      tone: "border-slate-200 bg-white text-emerald-900",
    },
  ];
  return (
    <section aria-label="Caseload" className="mb-6">
      <h2 className="sr-only">Caseload: {plural(c.learners, "learner", "learners")}</h2>
      <ul className="grid grid-cols-2 gap-3 lg:grid-cols-4">
        {tiles.map((t) => (
          <li key={t.key}>
            <Link href={t.href} className={`block rounded-lg border p-4 hover:border-brand-600 ${t.tone}`}>
              <span className="block text-3xl font-bold">{t.value}</span>
              <span className="block font-semibold">{t.text}</span>
              <span className="block text-xs text-slate-600">{t.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
