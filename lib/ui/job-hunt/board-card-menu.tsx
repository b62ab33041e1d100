"use client";
// A card's quick actions: open it, set its follow-up, or move it to any stage by menu (for
// anyone who would rather not drag, and for the Closed stages by name).
import Link from "next/link";
import * as Menu from "@radix-ui/react-dropdown-menu";
import { MoreHorizontal } from "lucide-react";
import { APPLICATION_STAGES, APPLICATION_STAGE_LABELS, type ApplicationStage } from "@/lib/domain/applications";
import type { BoardCard } from "./board-types";

const item =
  "flex cursor-pointer select-none items-center rounded px-2 py-1.5 text-sm text-slate-800 outline-none data-[highlighted]:bg-brand-50 data-[highlighted]:text-brand-800";

export function BoardCardMenu({ card, onMove }: { card: BoardCard; onMove: (to: ApplicationStage) => void }) {
  return (
    <Menu.Root modal={false}>
      <Menu.Trigger
        aria-label={`Actions for ${card.company}, ${card.title}`}
        className="rounded p-1 text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-brand-600"
      >
        <MoreHorizontal aria-hidden className="size-4" />
      </Menu.Trigger>
      <Menu.Portal>
        <Menu.Content
          align="end"
          sideOffset={4}
          collisionPadding={8}
          className="z-50 max-h-[var(--radix-dropdown-menu-content-available-height)] min-w-48 overflow-y-auto rounded-md border border-slate-200 bg-white p-1 shadow-lg"
        >
          <Menu.Item asChild className={item}>
            <Link href={`/learner/applications/${card.id}`}>Open</Link>
          </Menu.Item>
          <Menu.Item asChild className={item}>
            <Link href={`/learner/applications/${card.id}#follow-up`}>Set follow-up</Link>
          </Menu.Item>
          <Menu.Separator className="my-1 h-px bg-slate-200" />
          <Menu.Label className="px-2 py-1 text-xs font-semibold text-slate-600">Move to</Menu.Label>
          {APPLICATION_STAGES.filter((s) => s !== card.stage).map((s) => (
            <Menu.Item key={s} className={item} onSelect={() => onMove(s)}>
              {APPLICATION_STAGE_LABELS[s]}
            </Menu.Item>
          ))}
        </Menu.Content>
      </Menu.Portal>
    </Menu.Root>
  );
}
