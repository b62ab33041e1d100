// What a role's navigation is made of: groups of pages (the sidebar and the "More" sheet),
// the few primary pages of the phone tab bar, and which entry the current path belongs to.
// Plain data so server code (the header, the command palette) can pass it to the client.
import type { NavIconName } from "@/lib/ui/app-shell/nav-icons";

export interface NavItem {
  href: string;
  label: string;
  icon: NavIconName;
}

export interface NavGroup {
  id: string;
  label: string;
  items: NavItem[];
}

export interface NavConfig {
  /** The accessible name of the sidebar's `<nav>` ("Learner sections"). */
  label: string;
  groups: NavGroup[];
  /** Hrefs shown in the phone tab bar, in order (at most four; "More" is added). */
  primary: string[];
}

/**
 * The entry the path belongs to: the one whose href is the longest prefix of the path at a
 * segment boundary, so /learner/applications/new marks "Applications" and /learner marks
 * "Dashboard" only on the dashboard itself (every learner href starts with /learner).
 */
export function currentHref(pathname: string, groups: readonly NavGroup[]): string | null {
  let best: string | null = null;
  for (const item of groups.flatMap((g) => g.items)) {
    const href = item.href;
    const matches = pathname === href || pathname.startsWith(href.endsWith("/") ? href : `${href}/`);
    if (matches && (best === null || href.length > best.length)) best = href;
  }
  return best;
}

export function findItem(groups: readonly NavGroup[], href: string | null): { group: NavGroup; item: NavItem } | null {
  for (const group of groups) {
    const item = group.items.find((i) => i.href === href);
    if (item) return { group, item };
  }
  return null;
}
