"use client";
// Opens the browser's print dialog; the page's print stylesheet hides navigation and forms.
export function PrintButton({ label = "Print plan" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md border border-slate-300 px-3 py-2 text-sm font-medium hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
