"use client";
// A file picker that looks like a drop target. The real <input type="file"> is stretched,
// transparent, over the whole zone, so clicking, keyboard (it keeps focus) and dropping a file
// all reach the native control: it works before hydration and without JavaScript. With
// JavaScript the zone also shows the drag-over state and the chosen file's name.
import { useState } from "react";
import { FileUp } from "lucide-react";
import { cn } from "./cn";

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
      className={cn(
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
      <FileUp aria-hidden="true" className="size-6 text-brand-700" />
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
