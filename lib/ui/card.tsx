// A white panel with an optional heading. `id` lets an empty state elsewhere on the page link
// to the card holding the form that fills it (scroll-mt keeps the heading clear of the header).
// clsx, not cn: the learner dashboard renders Card inside a client component (see cn.ts).
import { clsx } from "clsx";

export function Card({ title, children, className, id }: { title?: string; children: React.ReactNode; className?: string; id?: string }) {
  return (
    <section id={id} className={clsx("scroll-mt-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm", className)}>
      {title && <h2 className="mb-3 text-lg font-semibold text-slate-900">{title}</h2>}
      {children}
    </section>
  );
}
