"use client";
// A file picker that looks like a drop target. The real <input type="file"> is stretched,
// transparent, over the whole zone, so clicking, keyboard (it keeps focus) and dropping a file
// all reach the native control: it works before hydration and without JavaScript. With
// JavaScript the zone also shows the drag-over state and the chosen file's name.
import { useState } from "react";
import { clsx } from "clsx";

type InputProps = Omit<React.InputHTMLAttributes<HTMLInputElement>, "type" | "className">;

export function FileDropZone({
  hint,
  onChange,
  ...input
}: InputProps & { /** What is accepted, e.g. "CSV, up to 2 MB". */ hint?: string }) {
  const [dragging, setDragging] = useState(false);
  const [chosen, setChosen] = useState<string | null>(null);
  const invalid = input["aria-invalid"] === true || input["aria-invalid"] === "true";
  return (
    <div
      className={clsx(
        "relative flex min-h-24 flex-col items-center justify-center gap-1 rounded-lg border-2 border-dashed px-4 py-5 text-center",
        "border-slate-300 bg-white transition-colors hover:border-brand-600 hover:bg-brand-50",
        "has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2 has-[:focus-visible]:outline-brand-600",
        invalid && "border-red-600",
        dragging && "border-brand-600 bg-brand-100",
      )}
      onDragEnter={() => setDragging(true)}
      onDragLeave={() => setDragging(false)}
      onDrop={() => setDragging(false)}
    >
      <FileUpIcon />
      <p className="text-sm text-slate-800">
        <span className="font-semibold text-brand-800">Choose a file</span> or drag it here
      </p>
      {hint && <p className="text-xs text-slate-600">{hint}</p>}
      <p className="text-sm font-medium break-all text-ink" aria-live="polite">
        {chosen && `Selected: ${chosen}`}
      </p>
      <input
        type="file"
        className="absolute inset-0 size-full cursor-pointer opacity-0"
        onChange={(e) => {
          setChosen(e.target.files?.[0]?.name ?? null);
          onChange?.(e);
        }}
        {...input}
      />
    </div>
  );
}

/** lucide's "file-up", inline: every ActionForm page carries this module, and the icon runtime
 * would cost ~5 kB gzip of first-load JavaScript on each (server components use lucide freely). */
function FileUpIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
      className="size-6 text-brand-700"
    >
      <path d="M15 2H6a2 2 0 0 0-2 2v16a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V7Z" />
      <path d="M14 2v4a2 2 0 0 0 2 2h4" />
      <path d="M12 12v6" />
      <path d="m15 15-3-3-3 3" />
    </svg>
  );
}
