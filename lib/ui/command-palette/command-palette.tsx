"use client";
// The command palette: cmdk's list inside a Radix dialog. Loaded on first open (see
// palette-trigger.tsx), it fetches the person's applications and programs from /api/palette
// then, so ordinary page loads run no extra query. Arrows move, Enter goes, Esc closes;
// focus goes back to the Search button.
import { useEffect, useState, type RefObject } from "react";
import { useRouter } from "next/navigation";
import * as Dialog from "@radix-ui/react-dialog";
import { Command } from "cmdk";
import { Search } from "lucide-react";
import { matches, sectionsFromNav, type PaletteSection } from "@/lib/ui/command-palette/palette-model";
import { programOrgGroup } from "@/lib/ui/staff-nav/program-nav-config";

interface Fetched {
  applications: { id: string; company: string; title: string }[];
  programs: { id: string; name: string }[];
}

function fetchedSections(data: Fetched): PaletteSection[] {
  const programs = data.programs.flatMap((p) =>
    sectionsFromNav({ label: "", primary: [], groups: [programOrgGroup(p.id, p.name)] }).map((s) => ({
      ...s,
      entries: s.entries.map((e) => ({ ...e, label: `${p.name} · ${e.label}` })),
    })),
  );
  const applications: PaletteSection[] = data.applications.length
    ? [
        {
          heading: "Applications",
          entries: data.applications.map((a) => ({
            href: `/learner/applications/${a.id}`,
            label: `${a.company} · ${a.title}`,
            keywords: ["application"],
          })),
        },
      ]
    : [];
  return [...programs, ...applications];
}

export default function CommandPalette({
  open,
  onOpenChange,
  sections,
  returnFocus,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  sections: PaletteSection[];
  returnFocus: RefObject<HTMLButtonElement | null>;
}) {
  const router = useRouter();
  const [fetched, setFetched] = useState<PaletteSection[] | null>(null);
  const [status, setStatus] = useState<"idle" | "loading" | "failed">("idle");

  useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- shows "Loading…" while the request runs
    setStatus("loading");
    fetch("/api/palette", { cache: "no-store", signal: controller.signal })
      .then((r) => (r.ok ? (r.json() as Promise<Fetched>) : Promise.reject(new Error(String(r.status)))))
      .then((data) => {
        setFetched(fetchedSections(data));
        setStatus("idle");
      })
      .catch(() => {
        if (!controller.signal.aborted) setStatus("failed");
      });
    return () => controller.abort();
  }, [open]);

  const all = [...sections, ...(fetched ?? [])];
  const go = (href: string) => {
    onOpenChange(false);
    router.push(href);
  };

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
          className="fixed inset-x-2 top-[10vh] z-50 mx-auto max-w-xl overflow-hidden rounded-xl bg-white shadow-2xl ring-1 ring-slate-200"
        >
          <Dialog.Title className="sr-only">Search pages and applications</Dialog.Title>
          <Command
            label="Search pages and applications"
            // The value is the href (unique); the search looks at the label and keywords only.
            filter={(_value, search, keywords) => (matches((keywords ?? []).join(" "), search) ? 1 : 0)}
            loop
          >
            <div className="flex items-center gap-2 border-b border-slate-200 px-3">
              <Search aria-hidden="true" className="size-4 shrink-0 text-slate-500" />
              <Command.Input
                placeholder="Search pages and applications…"
                className="w-full bg-transparent py-3 text-base outline-none placeholder:text-slate-500"
              />
            </div>
            <Command.List className="max-h-[60vh] overflow-y-auto p-2">
              <Command.Empty className="px-3 py-6 text-center text-sm text-slate-600">No matches.</Command.Empty>
              {all.map((section) => (
                <Command.Group
                  key={section.heading}
                  heading={section.heading}
                  className="mb-2 [&_[cmdk-group-heading]]:px-2 [&_[cmdk-group-heading]]:py-1 [&_[cmdk-group-heading]]:text-xs [&_[cmdk-group-heading]]:font-semibold [&_[cmdk-group-heading]]:text-slate-600"
                >
                  {section.entries.map((entry) => (
                    <Command.Item
                      key={entry.href}
                      value={entry.href}
                      keywords={[entry.label, ...entry.keywords]}
                      onSelect={() => go(entry.href)}
                      className="cursor-pointer rounded-md px-2 py-2 text-sm text-slate-800 data-[selected=true]:bg-brand-50 data-[selected=true]:text-brand-800"
                    >
                      {entry.label}
                    </Command.Item>
                  ))}
                </Command.Group>
              ))}
            </Command.List>
          </Command>
          <p role="status" className="border-t border-slate-100 px-3 py-2 text-xs text-slate-600">
            {status === "loading"
              ? "Loading your applications…"
              : status === "failed"
                ? "Could not load applications; pages are still searchable."
                : "↑ ↓ to move · Enter to open · Esc to close"}
          </p>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
