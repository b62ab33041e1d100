"use client";
// Optional drag-and-drop on the board, layered over the "Move to" forms (which stay the
// keyboard and no-JavaScript way): drop a card on a column to move it to that stage.
import { useActionState, startTransition } from "react";
import { moveApplicationStageAction } from "@/lib/actions/job-hunt/move-application-stage";
import { idle } from "@/lib/actions/idle";
import type { ApplicationStage } from "@/lib/domain/applications";

const MIME = "application/x-chartpath-application";

export function DraggableCard({
  id,
  stage,
  children,
  label,
}: {
  id: string;
  stage: ApplicationStage;
  children: React.ReactNode;
  label: string;
}) {
  return (
    <li
      aria-label={label}
      draggable
      onDragStart={(e) => {
        e.dataTransfer.setData(MIME, JSON.stringify({ id, stage }));
        e.dataTransfer.effectAllowed = "move";
      }}
      className="cursor-grab rounded-md border border-slate-200 bg-white p-2 shadow-sm active:cursor-grabbing"
    >
      {children}
    </li>
  );
}

export function DropColumn({ stage, children, labelledBy }: { stage: ApplicationStage; children: React.ReactNode; labelledBy: string }) {
  const [state, action] = useActionState(moveApplicationStageAction, idle);
  return (
    <section
      aria-labelledby={labelledBy}
      className="w-64 shrink-0 rounded-lg bg-slate-100 p-2"
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(MIME)) e.preventDefault();
      }}
      onDrop={(e) => {
        const raw = e.dataTransfer.getData(MIME);
        if (!raw) return;
        e.preventDefault();
        const card = JSON.parse(raw) as { id: string; stage: string };
        if (card.stage === stage) return;
        const fd = new FormData();
        fd.set("id", card.id);
        fd.set("stage", stage);
        startTransition(() => action(fd));
      }}
    >
      {children}
      {state.status === "error" && (
        <p role="alert" className="mt-2 text-xs text-red-700">
          {state.formError}
        </p>
      )}
    </section>
  );
}
