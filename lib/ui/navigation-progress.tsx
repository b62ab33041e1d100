"use client";
// A thin bar across the top while a page is loading after a link click, so a slow response
// never leaves the old page looking frozen. It starts on a same-origin link click (capture
// phase, before Next's Link handles it), finishes when the URL changes, and gives up after
// 15 s (a click something else cancelled). It only appears after 150 ms (CSS delay), so fast
// navigations do not flash. Pages' loading.tsx skeletons say "loading" to screen readers;
// the bar is decoration.
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";

const GIVE_UP_MS = 15_000;

function isNavigationClick(e: MouseEvent): boolean {
  if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return false;
  const a = (e.target as Element | null)?.closest?.("a");
  if (!a || !a.href || a.hasAttribute("download") || (a.target && a.target !== "_self")) return false;
  const url = new URL(a.href, window.location.href);
  if (url.origin !== window.location.origin) return false;
  return url.pathname !== window.location.pathname || url.search !== window.location.search;
}

export function NavigationProgress() {
  const pathname = usePathname();
  const search = useSearchParams();
  const here = `${pathname}?${search}`;
  // The URL the click left from: once the URL differs, the navigation has finished.
  const [started, setStarted] = useState<{ at: number; from: string } | null>(null);
  const active = started !== null && started.from === here;

  useEffect(() => {
    const onClick = (e: MouseEvent) => {
      if (isNavigationClick(e))
        setStarted({ at: Date.now(), from: `${window.location.pathname}?${new URLSearchParams(window.location.search)}` });
    };
    document.addEventListener("click", onClick, true);
    return () => document.removeEventListener("click", onClick, true);
  }, []);

  useEffect(() => {
    if (!active) return;
    const t = setTimeout(() => setStarted(null), GIVE_UP_MS);
    return () => clearTimeout(t);
  }, [active]);

  return (
    <div aria-hidden="true" className="pointer-events-none fixed inset-x-0 top-0 z-50 h-0.5">
      {active && <div key={started.at} className="nav-progress h-full bg-brand-600" />}
    </div>
  );
}
