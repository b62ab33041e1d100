// A coding ↔ billing scale drawn in CSS: a track with both ends named in text and a marker
// where the answers sit. The words beside it carry the meaning; colour only repeats it.
export function FitScale({ position, label, size = "md" }: { position: number; label: string; size?: "md" | "lg" }) {
  const track = size === "lg" ? "h-4" : "h-2.5";
  const dot = size === "lg" ? "h-7 w-7" : "h-5 w-5";
  return (
    <div role="img" aria-label={label}>
      <div className={`relative ${track} rounded-full bg-gradient-to-r from-brand-600 via-slate-200 to-amber-500`}>
        <span aria-hidden="true" className="absolute inset-y-0 left-1/2 w-px bg-slate-500" />
        <span
          aria-hidden="true"
          className={`absolute top-1/2 ${dot} -translate-x-1/2 -translate-y-1/2 rounded-full border-[3px] border-white bg-slate-900 shadow`}
          style={{ left: `${position}%` }}
        />
      </div>
      <div aria-hidden="true" className="mt-1.5 flex justify-between text-xs font-medium text-slate-700">
        <span>Coding</span>
        <span>Balanced</span>
        <span>Billing</span>
      </div>
    </div>
  );
}
