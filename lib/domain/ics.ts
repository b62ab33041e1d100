// Builds an RFC 5545 iCalendar file of all-day events (plan milestones, exam dates): CRLF line
// endings, lines folded at 75 octets without splitting UTF-8 characters, TEXT values escaped.
// DTSTAMP comes from the caller so the output is deterministic and testable.
import { addDays, isValidIsoDate } from "@/lib/domain/dates";
import type { IsoDate } from "@/lib/domain/types";

export interface IcsEvent {
  /** Globally unique and stable across exports, e.g. "milestone-<id>@chartpath". */
  uid: string;
  title: string;
  /** All-day event date. */
  date: IsoDate;
  description?: string;
  /** When the underlying record last changed: subscribed calendars use it to update the event. */
  lastModified?: Date;
}

export interface IcsOptions {
  /**
   * For a subscription feed: how often calendar apps should re-read it (RFC 7986
   * REFRESH-INTERVAL, and X-PUBLISHED-TTL, which Outlook and Apple Calendar read).
   */
  refreshHours?: number;
  description?: string;
}

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/**
 * RFC 5545 §3.3.11: backslash, semicolon, comma and newlines are escaped in TEXT values; other
 * control characters are not allowed in TEXT at all, so they are dropped.
 */
export function escapeIcsText(text: string): string {
  return text
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, "")
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

function utf8Length(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  return cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

/** RFC 5545 §3.1: lines over 75 octets continue on lines starting with one space. */
export function foldIcsLine(line: string): string {
  const lines: string[] = [];
  let current = "";
  let octets = 0;
  for (const ch of line) {
    const len = utf8Length(ch);
    if (octets + len > MAX_OCTETS) {
      lines.push(current);
      current = " ";
      octets = 1; // the leading space counts toward the next line's 75 octets
    }
    current += ch;
    octets += len;
  }
  lines.push(current);
  return lines.join(CRLF);
}

function basicDate(iso: IsoDate): string {
  return iso.replace(/-/g, "");
}

/** 2026-03-01T09:30:00Z → 20260301T093000Z */
export function icsTimestamp(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new RangeError("Invalid DTSTAMP");
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "");
}

export function buildIcs(events: readonly IcsEvent[], calendarName: string, dtstamp: Date, options: IcsOptions = {}): string {
  const stamp = icsTimestamp(dtstamp);
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Chartpath//Learner plan//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeIcsText(calendarName)}`,
    `NAME:${escapeIcsText(calendarName)}`, // RFC 7986's name; X-WR-CALNAME is what most apps read
    ...(options.description
      ? [`DESCRIPTION:${escapeIcsText(options.description)}`, `X-WR-CALDESC:${escapeIcsText(options.description)}`]
      : []),
    ...(options.refreshHours
      ? [`REFRESH-INTERVAL;VALUE=DURATION:PT${options.refreshHours}H`, `X-PUBLISHED-TTL:PT${options.refreshHours}H`]
      : []),
  ];
  for (const e of events) {
    if (!isValidIsoDate(e.date)) throw new RangeError(`Event ${e.uid} has an invalid date: ${e.date}`);
    lines.push(
      "BEGIN:VEVENT",
      `UID:${escapeIcsText(e.uid)}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${basicDate(e.date)}`,
      // All-day events end exclusively on the next day; on 9999-12-31 there is no next date to
      // write, and a DATE start alone means one day (RFC 5545 §3.6.1).
      ...(e.date < "9999-12-31" ? [`DTEND;VALUE=DATE:${basicDate(addDays(e.date, 1))}`] : []),
      `SUMMARY:${escapeIcsText(e.title)}`,
      ...(e.description ? [`DESCRIPTION:${escapeIcsText(e.description)}`] : []),
      ...(e.lastModified ? [`LAST-MODIFIED:${icsTimestamp(e.lastModified)}`] : []),
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
    );
  }
  lines.push("END:VCALENDAR");
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
