// The job-hunt funnel: pipeline, current stages and time in stage as bars with their numbers
// as text, and the rates in a table.
import { HorizontalBars } from "@/lib/ui/charts/horizontal-bars";
import { APPLICATION_STAGES, APPLICATION_STAGE_LABELS, type Funnel } from "@/lib/domain/applications";

const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);

export function FunnelCharts({ funnel }: { funnel: Funnel }) {
  const f = funnel;
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <HorizontalBars
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
      <HorizontalBars
        title="Where they are now (end of period)"
        rows={APPLICATION_STAGES.map((s) => ({ label: APPLICATION_STAGE_LABELS[s], value: f.current[s] }))}
      />
      <HorizontalBars
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
