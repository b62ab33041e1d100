"use client";
// The phone "More" sheet: a Radix dialog listing every group of the area, so each page is
// two taps away. Loaded on the first tap of "More" (bottom-bar.tsx), so pages do not ship the
// dialog up front. Closes when a link is followed; focus goes back to the "More" button.
import Link from "next/link";
import * as Dialog from "@radix-ui/react-dialog";
import type { RefObject } from "react";
import { X } from "lucide-react";
import type { NavConfig } from "@/lib/ui/app-shell/nav-model";
import type { NavIconSet } from "@/lib/ui/app-shell/nav-icons";

export default function MoreSheet({
  nav,
  icons,
  current,
  open,
  onOpenChange,
  returnFocus,
}: {
  nav: NavConfig;
  icons: NavIconSet;
  current: string | null;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  returnFocus: RefObject<HTMLButtonElement | null>;
}) {
  return (
    <Dialog.Root open={open} onOpenChange={onOpenChange}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content
          aria-describedby={undefined}
          onCloseAutoFocus={(e) => {
            e.preventDefault();
            returnFocus.current?.focus();
          }}
          className="fixed inset-x-0 bottom-0 z-50 max-h-[85vh] overflow-y-auto rounded-t-2xl bg-white px-4 pt-4 pb-[calc(1.5rem+env(safe-area-inset-bottom))] shadow-xl md:inset-x-auto md:left-1/2 md:w-[32rem] md:-translate-x-1/2"
        >
          <div className="mb-3 flex items-center justify-between">
            <Dialog.Title className="text-lg font-semibold">All sections</Dialog.Title>
            <Dialog.Close className="rounded-md p-2 text-slate-700 hover:bg-slate-100" aria-label="Close">
              <X aria-hidden="true" className="size-5" />
            </Dialog.Close>
          </div>
          <nav aria-label={`${nav.label}, all`}>
            {nav.groups.map((group) => (
              <section key={group.id} aria-labelledby={`more-${group.id}`} className="mb-4">
                <h2 id={`more-${group.id}`} className="mb-1 text-xs font-semibold uppercase tracking-wide text-slate-600">
                  {group.label}
                </h2>
                <ul className="grid grid-cols-2 gap-1">
                  {group.items.map((item) => (
                    <li key={item.href}>
                      <Link
                        href={item.href}
                        onClick={() => onOpenChange(false)}
                        aria-current={item.href === current ? "page" : undefined}
                        className={`flex min-h-11 items-center gap-2 rounded-md px-2 py-2 text-sm font-medium ${
                          item.href === current ? "bg-brand-50 text-brand-800 ring-1 ring-brand-100" : "text-slate-800 hover:bg-slate-100"
                        }`}
                      >
                        <span className="block size-4 shrink-0">{icons[item.icon]}</span>
                        {item.label}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </nav>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
