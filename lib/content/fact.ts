// The shape of every career fact shown to users: a value with its source, as-of date and
// confidence. "uncertain" facts are displayed as "about"/"reported" (see REFERENCE.md).

export type Confidence = "confirmed" | "uncertain";

export interface Source {
  /** Short human label, e.g. "BLS Occupational Outlook Handbook". */
  label: string;
  /** Where a reader can check it; omitted when the source is the career guide itself. */
  url?: string;
}

export interface Fact<T> {
  value: T;
  source: Source;
  /** ISO date or period the figure describes, e.g. "2024-05" or "2024–34". */
  asOf: string;
  confidence: Confidence;
  /** Optional qualifier shown beside the value, e.g. "two credentials". */
  note?: string;
}

export function fact<T>(value: T, source: Source, asOf: string, confidence: Confidence, note?: string): Fact<T> {
  return note === undefined ? { value, source, asOf, confidence } : { value, source, asOf, confidence, note };
}
