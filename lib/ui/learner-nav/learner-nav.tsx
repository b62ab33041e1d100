"use client";
// Section navigation inside the learner area; marks the current page for screen readers.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { JOURNEY_NAV_ITEMS } from "./journey-items";
import { JOB_HUNT_NAV_ITEMS } from "./job-hunt-items";
import { PROGRAM_NAV_ITEMS } from "./program-items";

export function LearnerNav() {
  const pathname = usePathname();
  const items = [...JOURNEY_NAV_ITEMS, ...JOB_HUNT_NAV_ITEMS, ...PROGRAM_NAV_ITEMS];
  return (
    <nav aria-label="Learner sections" className="no-print mb-6 relative overflow-x-auto">
      <ul className="flex min-w-max gap-1 border-b border-slate-200">
        {items.map((item) => {
          const current = item.href === "/learner" ? pathname === "/learner" : pathname.startsWith(item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={current ? "page" : undefined}
                className={`inline-block border-b-2 px-3 py-2 text-sm font-medium ${current ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
