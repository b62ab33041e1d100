// The dashboard widgets render the summary: overdue and due-today follow-ups, recent count,
// per-stage counts, and an empty state that tells a new learner what to do.
import { describe, expect, it } from "vitest";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { JobHuntWidgets } from "@/lib/ui/job-hunt/dashboard-widgets";
import type { JobHuntSummary } from "@/lib/data/job-hunt/dashboard-summary";
import { APPLICATION_STAGES } from "@/lib/domain/applications";

const zero = Object.fromEntries(APPLICATION_STAGES.map((s) => [s, 0])) as JobHuntSummary["stageCounts"];
const base: JobHuntSummary = {
  today: "2026-11-27",
  stageCounts: zero,
  total: 0,
  dueToday: [],
  overdue: [],
  appliedRecently: 0,
  recentDays: 21,
};

// .ts with createElement (not .tsx) so the unit project's test pattern picks it up.
const render = (summary: JobHuntSummary) => renderToStaticMarkup(createElement(JobHuntWidgets, { summary }));

describe("JobHuntWidgets", () => {
  it("tells a new learner how to start", () => {
    expect(render(base)).toContain("No applications yet.");
  });

  it("lists overdue before due-today follow-ups with links", () => {
    const html = render({
      ...base,
      total: 3,
      appliedRecently: 2,
      stageCounts: { ...zero, APPLIED: 2, SAVED: 1 },
      overdue: [{ id: "a1", company: "Lakeshore", title: "Coder", followUpOn: "2026-11-20" }],
      dueToday: [{ id: "a2", company: "Summit", title: "Junior Coder", followUpOn: "2026-11-27" }],
    });
    expect(html).toContain("2 applications sent in the last 21 days.");
    expect(html.indexOf("Lakeshore")).toBeLessThan(html.indexOf("Summit"));
    expect(html).toContain("overdue since Nov 20, 2026");
    expect(html).toContain("due today");
    expect(html).toContain('href="/learner/applications/a1"');
    expect(html).toContain("Applied: 2");
  });
});
