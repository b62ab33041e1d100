// One selling point on the "For programs" page: a heading, what it does, and its screenshot.
import type { Screenshot } from "./screenshots";
import { ScreenshotFrame } from "./screenshot-frame";

export function ProgramSection({
  id,
  title,
  body,
  points,
  shot,
  flip = false,
}: {
  id: string;
  title: string;
  body: string;
  points: readonly string[];
  shot: Screenshot;
  flip?: boolean;
}) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-16 grid items-center gap-6 lg:grid-cols-2 lg:gap-12">
      <div className={flip ? "lg:order-2" : ""}>
        <h2 id={`${id}-heading`} className="text-2xl font-bold text-slate-900">
          {title}
        </h2>
        <p className="mt-2 text-slate-700">{body}</p>
        <ul className="mt-4 space-y-2 text-slate-800">
          {points.map((p) => (
            <li key={p} className="flex gap-2">
              <span aria-hidden="true" className="mt-2 h-1.5 w-1.5 shrink-0 rounded-full bg-brand-600" />
              {p}
            </li>
          ))}
        </ul>
      </div>
      <ScreenshotFrame shot={shot} />
    </section>
  );
}
