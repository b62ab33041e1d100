// Display formatting shared by pages (UTC dates: stored dates are calendar dates).
// One formatter per process: `toLocaleDateString(locale, options)` builds a new
// Intl.DateTimeFormat on every call (~0.2 ms), which dominated the roster's render time.
const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  const date = typeof d === "string" ? new Date(d) : d;
  return Number.isNaN(date.getTime()) ? "—" : DATE.format(date);
}
