// Staff view of graduate surveys (issue 16, item 3): an enrollment's waves with their status,
// and an organization's response counts per wave. Server components; the data comes from
// surveysOf / surveyResponseCounts (lib/data/programs/graduate-surveys.ts).
import type { SurveyWaveView, WaveResponseCount } from "@/lib/data/programs/graduate-surveys";
import { WAVE_LABELS, type SurveyStatus } from "@/lib/domain/graduate-surveys";
import { Badge } from "@/lib/ui/primitives/badge";
import type { BadgeTone } from "@/lib/ui/primitives/badge-variants";
import { formatDate } from "@/lib/ui/format";

const STATUS: Record<SurveyStatus, { label: string; tone: BadgeTone }> = {
  scheduled: { label: "Scheduled", tone: "neutral" },
  sent: { label: "Sent", tone: "info" },
  reminded: { label: "Reminded", tone: "info" },
  answered: { label: "Answered", tone: "success" },
  expired: { label: "Expired", tone: "warning" },
};

function detail(s: SurveyWaveView): string {
  if (s.status === "answered" && s.answeredAt) return `Answered ${formatDate(s.answeredAt)}`;
  if (s.status === "scheduled") return `Due ${formatDate(s.dueOn)}`;
  const sent = s.sentAt ? `Sent ${formatDate(s.sentAt)}` : `Due ${formatDate(s.dueOn)}`;
  return s.remindersSent > 0 ? `${sent} · ${s.remindersSent} reminder${s.remindersSent === 1 ? "" : "s"}` : sent;
}

/** An enrollment's survey waves; empty until the enrollment is completed. */
export function GraduateSurveyWaves({ surveys }: { surveys: SurveyWaveView[] }) {
  return (
    <section aria-labelledby="graduate-surveys-heading" className="space-y-2">
      <h3 id="graduate-surveys-heading" className="text-base font-semibold text-slate-900">
        Graduate surveys
      </h3>
      {surveys.length === 0 ? (
        <p className="text-sm text-slate-600">Surveys are emailed once the enrollment is completed with a graduation date.</p>
      ) : (
        <ul className="divide-y divide-slate-200 rounded-md border border-slate-200">
          {surveys.map((s) => (
            <li key={s.wave} className="flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm">
              <span className="font-medium text-slate-800">{WAVE_LABELS[s.wave]}</span>
              <span className="flex flex-wrap items-center gap-2 text-slate-600">
                {detail(s)}
                <Badge tone={STATUS[s.status].tone}>{STATUS[s.status].label}</Badge>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Per wave, surveys sent and answered across the organization. */
export function GraduateSurveyResponses({ counts }: { counts: WaveResponseCount[] }) {
  return (
    <table className="w-full text-left text-sm">
      <caption className="mb-2 text-left text-base font-semibold text-slate-900">Graduate survey responses</caption>
      <thead>
        <tr className="border-b border-slate-200 text-slate-600">
          <th scope="col" className="py-1 pr-3 font-medium">
            Wave
          </th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">
            Sent
          </th>
          <th scope="col" className="py-1 pr-3 text-right font-medium">
            Answered
          </th>
          <th scope="col" className="py-1 text-right font-medium">
            Response rate
          </th>
        </tr>
      </thead>
      <tbody>
        {counts.map((c) => (
          <tr key={c.wave} className="border-b border-slate-100">
            <th scope="row" className="py-1 pr-3 font-medium text-slate-800">
              {WAVE_LABELS[c.wave]}
            </th>
            <td className="py-1 pr-3 text-right tabular-nums">{c.sent}</td>
            <td className="py-1 pr-3 text-right tabular-nums">{c.answered}</td>
            <td className="py-1 text-right tabular-nums">{c.sent === 0 ? "—" : `${Math.round((100 * c.answered) / c.sent)}%`}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
