"use client";
export function PrintButton({ label = "Print" }: { label?: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md px-3 py-2 text-sm font-semibold text-brand-800 ring-1 ring-brand-700"
    >
      {label}
    </button>
  );
}
