"use client";
// The wide-screen sidebar (≥1024 px): groups of links, each group collapsible with its
// choice remembered in localStorage. A collapsed group still shows the current page, so
// where you are is always on screen and marked with aria-current="page".
import Link from "next/link";
import { useEffect, useState } from "react";
import { ChevronDown } from "lucide-react";
import type { NavConfig } from "@/lib/ui/app-shell/nav-model";
import type { NavIconSet } from "@/lib/ui/app-shell/nav-icons";

const STORAGE_KEY = "cp_nav_collapsed";

function useCollapsedGroups() {
  const [collapsed, setCollapsed] = useState<string[]>([]);
  // Read after mount: the server cannot know, and reading during render would mismatch.
  useEffect(() => {
    try {
      const saved: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? "[]");
      // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time sync from storage after hydration
      if (Array.isArray(saved)) setCollapsed(saved.filter((s): s is string => typeof s === "string"));
    } catch {
      // unreadable storage: every group stays open
    }
  }, []);
  const toggle = (id: string) =>
    setCollapsed((prev) => {
      const next = prev.includes(id) ? prev.filter((g) => g !== id) : [...prev, id];
      try {
        localStorage.setItem(STORAGE_KEY, JSON.stringify(next));
      } catch {
        // private mode: the choice lasts until reload
      }
      return next;
    });
  return { collapsed, toggle };
}

export function Sidebar({ nav, icons, current }: { nav: NavConfig; icons: NavIconSet; current: string | null }) {
  const { collapsed, toggle } = useCollapsedGroups();
  return (
    <nav
      aria-label={nav.label}
      className="no-print hidden w-56 shrink-0 self-start lg:sticky lg:top-4 lg:block lg:max-h-[calc(100vh-2rem)] lg:overflow-y-auto"
    >
      <ul className="grid gap-3">
        {nav.groups.map((group) => {
          const open = !collapsed.includes(group.id);
          const items = open ? group.items : group.items.filter((i) => i.href === current);
          const listId = `nav-group-${group.id}`;
          return (
            <li key={group.id}>
              <button
                type="button"
                aria-expanded={open}
                aria-controls={listId}
                onClick={() => toggle(group.id)}
                className="flex w-full items-center justify-between rounded px-2 py-1 text-xs font-semibold uppercase tracking-wide text-slate-600 hover:bg-slate-100 hover:text-slate-900"
              >
                {group.label}
                <ChevronDown aria-hidden="true" className={`size-4 transition-transform ${open ? "" : "-rotate-90"}`} />
              </button>
              <ul id={listId} className="mt-1 grid gap-0.5">
                {items.map((item) => {
                  const isCurrent = item.href === current;
                  return (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        aria-current={isCurrent ? "page" : undefined}
                        className={`flex items-center gap-2 rounded-md px-2 py-1.5 text-sm font-medium ${
                          isCurrent
                            ? "bg-brand-50 text-brand-800 ring-1 ring-brand-100"
                            : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
                        }`}
                      >
                        <span className="block size-4 shrink-0">{icons[item.icon]}</span>
                        {item.label}
                      </Link>
                    </li>
                  );
                })}
              </ul>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
