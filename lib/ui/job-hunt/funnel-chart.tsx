// Funnel charts drawn with plain CSS bars: each bar has its number as text, and the same
// numbers are in a table for screen readers and print, so nothing depends on seeing colour.
import { APPLICATION_STAGES, APPLICATION_STAGE_LABELS, type Funnel } from "@/lib/domain/applications";

const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);

export function Bars({ title, rows }: { title: string; rows: { label: string; value: number; text?: string }[] }) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  return (
    <figure className="space-y-1">
      <figcaption className="font-semibold">{title}</figcaption>
      <ul className="space-y-1">
        {rows.map((r) => (
          <li key={r.label} className="grid grid-cols-[9rem_1fr] items-center gap-2 text-sm">
            <span>{r.label}</span>
            <span className="flex items-center gap-2">
              <span
                aria-hidden="true"
                className="h-4 rounded bg-brand-700"
                style={{ width: `${(100 * r.value) / max}%`, minWidth: r.value > 0 ? "0.25rem" : 0 }}
              />
              <span>{r.text ?? r.value}</span>
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

export function FunnelCharts({ funnel }: { funnel: Funnel }) {
  const f = funnel;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Bars
        title="Pipeline (applications reaching each step)"
        rows={[
          { label: "Applications", value: f.total },
          { label: "Applied", value: f.applied },
          { label: "Responded", value: f.responded, text: `${f.responded} (${pct(f.responseRate)})` },
          { label: "Interviewed", value: f.interviewed, text: `${f.interviewed} (${pct(f.interviewRate)})` },
          { label: "Offers", value: f.offers, text: `${f.offers} (${pct(f.offerRate)})` },
          { label: "Accepted", value: f.accepted },
        ]}
      />
      <Bars
        title="Where they are now (end of period)"
        rows={APPLICATION_STAGES.map((s) => ({ label: APPLICATION_STAGE_LABELS[s], value: f.current[s] }))}
      />
      <Bars
        title="Median days in each stage"
        rows={APPLICATION_STAGES.filter((s) => f.medianDaysInStage[s] !== null).map((s) => ({
          label: APPLICATION_STAGE_LABELS[s],
          value: f.medianDaysInStage[s] ?? 0,
          text: `${f.medianDaysInStage[s]} days`,
        }))}
      />
      <table className="text-left text-sm">
        <caption className="mb-1 text-left font-semibold">Rates</caption>
        <tbody>
          <tr>
            <th scope="row" className="pr-3 font-medium">
              Response rate
            </th>
            <td>
              {pct(f.responseRate)} ({f.responded} of {f.applied} applied)
            </td>
          </tr>
          <tr>
            <th scope="row" className="pr-3 font-medium">
              Interview rate
            </th>
            <td>
              {pct(f.interviewRate)} ({f.interviewed} of {f.applied})
            </td>
          </tr>
          <tr>
            <th scope="row" className="pr-3 font-medium">
              Offer rate
            </th>
            <td>
              {pct(f.offerRate)} ({f.offers} of {f.applied})
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
