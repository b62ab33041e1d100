// "What you get": the four things a learner uses every week, each beside a real screenshot.
import { ScreenshotFrame } from "./screenshot-frame";
import { SCREENSHOTS, type Screenshot } from "./screenshots";

interface Feature {
  id: string;
  title: string;
  body: string;
  points: string[];
  shot: Screenshot;
}

const FEATURES: Feature[] = [
  {
    id: "plan",
    title: "A dated plan that fits your week",
    body: "Pick coding or billing, a credential and a training route; Chartpath turns your study hours and start date into dated milestones.",
    points: [
      "Coursework, exam prep and job hunt in order",
      "Milestones tick themselves off as you log progress",
      "Export the dates to your calendar",
    ],
    shot: SCREENSHOTS.plan,
  },
  {
    id: "practice",
    title: "Practice tracking that shows when you are ready",
    body: "Log practice-exam scores and study hours and see your trend against the pass mark before you book the real exam.",
    points: ["Scores charted over time", "Study hours against your weekly goal", "Exam dates, results and CEUs after you pass"],
    shot: SCREENSHOTS.practice,
  },
  {
    id: "match",
    title: "Resume match for each job you want",
    body: "Paste a job description and see which of its keywords your resume already covers — credentials, code sets, software — and which are missing.",
    points: [
      "Keywords grouped the way postings use them",
      "Your resume text stays private to you",
      "Save the match with the application on your board",
    ],
    shot: SCREENSHOTS.match,
  },
  {
    id: "board",
    title: "A job board for every application",
    body: "Track each application from saved to offer, with follow-up reminders so nothing goes quiet without you noticing.",
    points: ["Stages from saved to offer", "Follow-up dates and email reminders", "A funnel that shows where applications stall"],
    shot: SCREENSHOTS.board,
  },
];

export function FeatureTour() {
  return (
    <section aria-labelledby="features-heading" className="mt-16">
      <h2 id="features-heading" className="text-2xl font-bold text-slate-900 sm:text-3xl">
        What you get
      </h2>
      <p className="mt-2 max-w-2xl text-slate-700">Everything from choosing a path to landing the job, in one account.</p>
      <div className="mt-8 space-y-14">
        {FEATURES.map((f, i) => (
          <article key={f.id} aria-labelledby={`feature-${f.id}`} className="grid items-center gap-6 lg:grid-cols-2 lg:gap-12">
            <div className={i % 2 === 1 ? "lg:order-2" : ""}>
              <h3 id={`feature-${f.id}`} className="text-xl font-semibold text-slate-900">
                {f.title}
              </h3>
              <p className="mt-2 text-slate-700">{f.body}</p>
              <ul className="mt-4 space-y-2 text-slate-800">
                {f.points.map((p) => (
                  <li key={p} className="flex gap-2">
                    <span aria-hidden="true" className="mt-2 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-600" />
                    {p}
                  </li>
                ))}
              </ul>
            </div>
            <ScreenshotFrame shot={f.shot} />
          </article>
        ))}
      </div>
    </section>
  );
}
