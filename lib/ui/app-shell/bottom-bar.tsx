"use client";
// The phone and tablet tab bar (<1024 px): the area's four primary pages plus "More". It is
// fixed to the bottom, so globals.css pads the body by its height (body:has([data-bottom-bar]))
// and nothing — content or footer — ends up underneath it.
import Link from "next/link";
import dynamic from "next/dynamic";
import { useRef, useState } from "react";
import { Menu } from "lucide-react";
import type { NavConfig } from "@/lib/ui/app-shell/nav-model";
import { findItem } from "@/lib/ui/app-shell/nav-model";
import type { NavIconSet } from "@/lib/ui/app-shell/nav-icons";

const MoreSheet = dynamic(() => import("@/lib/ui/app-shell/more-sheet"), { ssr: false });

export function BottomBar({
  nav,
  icons,
  current,
  shortcutsLabel,
}: {
  nav: NavConfig;
  icons: NavIconSet;
  current: string | null;
  shortcutsLabel: string;
}) {
  const [moreOpen, setMoreOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const moreButton = useRef<HTMLButtonElement>(null);
  const primary = nav.primary.map((href) => findItem(nav.groups, href)?.item).filter((i) => i !== undefined);
  const inBar = primary.some((i) => i.href === current);
  return (
    <div
      data-bottom-bar
      className="no-print fixed inset-x-0 bottom-0 z-30 border-t border-slate-200 bg-white/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden"
    >
      <nav aria-label={shortcutsLabel} className="mx-auto flex max-w-xl">
        {primary.map((item) => {
          const isCurrent = item.href === current;
          return (
            <Link
              key={item.href}
              href={item.href}
              aria-current={isCurrent ? "page" : undefined}
              className={`flex min-h-14 min-w-0 flex-1 flex-col items-center justify-center gap-0.5 text-[11px] font-medium ${
                isCurrent ? "text-brand-800" : "text-slate-600"
              }`}
            >
              <span className={`rounded-full px-3 py-0.5 ${isCurrent ? "bg-brand-100" : ""}`}>
                <span className="block size-5">{icons[item.icon]}</span>
              </span>
              <span className="max-w-full truncate">{item.label}</span>
            </Link>
          );
        })}
        <button
          ref={moreButton}
          type="button"
          aria-haspopup="dialog"
          aria-expanded={moreOpen}
          onClick={() => {
            setLoaded(true);
            setMoreOpen(true);
          }}
          className={`flex min-h-14 flex-1 flex-col items-center justify-center gap-0.5 text-[11px] font-medium ${
            !inBar && current !== null ? "text-brand-800" : "text-slate-600"
          }`}
        >
          <span className="px-3 py-0.5">
            <Menu aria-hidden="true" className="size-5" />
          </span>
          More
        </button>
        {loaded && (
          <MoreSheet nav={nav} icons={icons} current={current} open={moreOpen} onOpenChange={setMoreOpen} returnFocus={moreButton} />
        )}
      </nav>
    </div>
  );
}
