// Display formatting shared by pages (UTC dates: stored dates are calendar dates).
// One formatter per process: `toLocaleDateString(locale, options)` builds a new
// Intl.DateTimeFormat on every call (~0.2 ms), which dominated the roster's render time.
// Calendar dates ("YYYY-MM-DD", most of what pages show) are spelled out directly, the same
// text Intl gives, without building a Date per call.
import { isValidIsoDate } from "@/lib/domain/dates";

const DATE = new Intl.DateTimeFormat("en-US", { year: "numeric", month: "short", day: "numeric", timeZone: "UTC" });
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

const DATE_TIME = new Intl.DateTimeFormat("en-US", {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  hourCycle: "h23",
  timeZone: "UTC",
});

/** A moment (when something was sent), in UTC and labelled so, since servers and readers differ. */
export function formatDateTime(d: Date): string {
  return `${DATE_TIME.format(d)} UTC`;
}

export function formatDate(d: Date | string | null | undefined): string {
  if (!d) return "—";
  if (typeof d === "string" && isValidIsoDate(d) && d >= "1000")
    return `${MONTHS[Number(d.slice(5, 7)) - 1]} ${Number(d.slice(8, 10))}, ${d.slice(0, 4)}`;
  const date = typeof d === "string" ? new Date(d) : d;
  return Number.isNaN(date.getTime()) ? "—" : DATE.format(date);
}
