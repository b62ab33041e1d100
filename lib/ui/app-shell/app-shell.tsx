"use client";
// One shell for every signed-in area (learner, advisor, program admin): the grouped sidebar
// from 1024 px, and below it a "Group › Page" line over the content plus the bottom tab bar
// with "More". The area passes its NavConfig; which entry is current comes from the path.
import { usePathname } from "next/navigation";
import type { NavConfig } from "@/lib/ui/app-shell/nav-model";
import { currentHref, findItem } from "@/lib/ui/app-shell/nav-model";
import { Sidebar } from "@/lib/ui/app-shell/sidebar";
import { BottomBar } from "@/lib/ui/app-shell/bottom-bar";
import type { NavIconSet } from "@/lib/ui/app-shell/nav-icons";

export function AppShell({
  nav,
  icons,
  shortcutsLabel,
  children,
}: {
  nav: NavConfig;
  /** Rendered by the server layout (navIconSet), so icon code stays off the client. */
  icons: NavIconSet;
  shortcutsLabel: string;
  children: React.ReactNode;
}) {
  const pathname = usePathname();
  const current = currentHref(pathname, nav.groups);
  const here = findItem(nav.groups, current);
  return (
    <div data-app-shell className="lg:flex lg:gap-8">
      <Sidebar nav={nav} icons={icons} current={current} />
      <div className="min-w-0 flex-1">
        {here && (
          <p className="no-print mb-3 text-sm text-slate-600 lg:hidden">
            {here.group.label} <span aria-hidden="true">›</span> <span className="font-medium text-slate-900">{here.item.label}</span>
          </p>
        )}
        {children}
      </div>
      <BottomBar nav={nav} icons={icons} current={current} shortcutsLabel={shortcutsLabel} />
    </div>
  );
}
