// Charts for practice: score trend against the passing bar, and weekly study against the target.
import { LineChart } from "@/lib/ui/charts/line-chart";
import { BarChart } from "@/lib/ui/charts/bar-chart";
import type { PracticeTrend } from "@/lib/domain/practice-exams";
import type { StudyWeek } from "@/lib/domain/study";
import { formatDate } from "@/lib/ui/format";

const short = (iso: string) => formatDate(iso).replace(/, \d{4}$/, "");

export function ScoreTrendChart({ trend, bar, credential }: { trend: PracticeTrend; bar: number; credential: string }) {
  const first = trend.points[0];
  const last = trend.points[trend.points.length - 1];
  const summary =
    !first || !last
      ? "No attempts yet."
      : trend.direction === "INSUFFICIENT"
        ? `One attempt so far: ${last.scorePercent}%.`
        : `${trend.points.length} attempts from ${first.scorePercent}% to ${last.scorePercent}%; ${trend.direction === "UP" ? "improving" : trend.direction === "DOWN" ? "falling" : "flat"} (${trend.slope > 0 ? "+" : ""}${trend.slope} points per attempt). Passing bar ${bar}%.`;
  return (
    <LineChart
      title={`${credential} practice-exam scores`}
      summary={summary}
      columns={["Date", "Score"]}
      unit="%"
      reference={{ value: bar, label: `Passing bar ${bar}%` }}
      data={trend.points.map((p) => ({ label: short(p.date), value: p.scorePercent, display: `${p.scorePercent}%` }))}
    />
  );
}

export function StudyWeeksChart({ weeks, weeklyHours }: { weeks: StudyWeek[]; weeklyHours: number }) {
  const met = weeks.filter((w) => w.met).length;
  const summary =
    weeklyHours > 0 ? `Target met in ${met} of the last ${weeks.length} weeks (target ${weeklyHours} h a week).` : "No weekly target set.";
  return (
    <BarChart
      title="Study hours per week"
      summary={summary}
      columns={["Week starting", "Hours"]}
      unit="h"
      target={weeklyHours > 0 ? { value: weeklyHours, label: `Target ${weeklyHours} h` } : undefined}
      data={weeks.map((w) => ({
        label: short(w.weekStart),
        value: Math.round((w.minutes / 60) * 10) / 10,
        display: `${Math.round((w.minutes / 60) * 10) / 10} h${w.met ? " (target met)" : ""}`,
      }))}
    />
  );
}
