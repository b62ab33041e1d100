// Plain data the palette shows: headed sections of destinations. The header builds the page
// sections from the navigation of each role the person holds; the palette adds the entries
// it fetches when opened (applications, programs).
import type { NavConfig } from "@/lib/ui/app-shell/nav-model";

export interface PaletteEntry {
  href: string;
  label: string;
  /** Words the search matches besides the label (the group name, company, title). */
  keywords: string[];
}

export interface PaletteSection {
  heading: string;
  entries: PaletteEntry[];
}

export function sectionsFromNav(nav: NavConfig, prefix?: string): PaletteSection[] {
  return nav.groups.map((g) => ({
    heading: prefix ? `${prefix} · ${g.label}` : g.label,
    entries: g.items.map((i) => ({ href: i.href, label: i.label, keywords: [g.label, ...(prefix ? [prefix] : [])] })),
  }));
}

/** Every search word must appear in the entry's text (case-insensitive): predictable, unlike fuzzy. */
export function matches(text: string, search: string): boolean {
  const haystack = text.toLowerCase();
  return search
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
