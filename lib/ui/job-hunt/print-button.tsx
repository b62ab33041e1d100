"use client";
// Opens the browser's print dialog (the report's print styles hide navigation and forms).
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="no-print rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium"
    >
      Print report
    </button>
  );
}
