"use client";
// The header's "Search" button and the ⌘K / Ctrl+K shortcut. The palette itself (cmdk,
// the dialog) is a separate chunk loaded on first open, so pages do not ship it up front.
import dynamic from "next/dynamic";
import { useEffect, useRef, useState } from "react";
import { Search } from "lucide-react";
import type { PaletteSection } from "@/lib/ui/command-palette/palette-model";

const CommandPalette = dynamic(() => import("@/lib/ui/command-palette/command-palette"), { ssr: false });

export function PaletteTrigger({ sections }: { sections: PaletteSection[] }) {
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const show = (next: boolean) => {
    if (next) setLoaded(true);
    setOpen(next);
  };

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.metaKey || e.ctrlKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === "k") {
        e.preventDefault();
        setLoaded(true);
        setOpen((o) => !o);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => show(true)}
        aria-keyshortcuts="Control+K Meta+K"
        aria-haspopup="dialog"
        className="flex items-center gap-2 rounded-md px-2 py-1 text-sm text-slate-700 ring-1 ring-slate-300 hover:bg-slate-50"
      >
        <Search aria-hidden="true" className="size-4" />
        Search
        <kbd aria-hidden="true" className="hidden rounded bg-slate-100 px-1.5 text-xs text-slate-600 sm:inline">
          Ctrl K
        </kbd>
      </button>
      {loaded && <CommandPalette open={open} onOpenChange={show} sections={sections} returnFocus={button} />}
    </>
  );
}
