"use client";
// Moving cards: the card moves at once (useOptimistic), the server action runs, and the
// optimistic stage gives way to the revalidated page. On an error (conflict, deleted, offline)
// the optimistic stage simply ends, so the card goes back, and a toast says why. A success
// toast offers Undo, which is the same move in reverse (sent with the stage it expects, so an
// Undo after a move elsewhere is a conflict, not an overwrite).
import { startTransition, useCallback, useEffect, useOptimistic, useRef } from "react";
import { useRouter } from "next/navigation";
import { toast, toastError } from "@/lib/ui/primitives/toast";
import { moveApplicationStageAction } from "@/lib/actions/job-hunt/move-application-stage";
import { idle } from "@/lib/actions/idle";
import { APPLICATION_STAGE_LABELS, type ApplicationStage } from "@/lib/domain/applications";
import type { BoardCard } from "./board-types";

type Move = { id: string; stage: ApplicationStage };

export function useBoardMoves(cards: BoardCard[]) {
  const router = useRouter();
  const [shown, setShown] = useOptimistic(cards, (state: BoardCard[], m: Move) =>
    state.map((c) => (c.id === m.id ? { ...c, stage: m.stage } : c)),
  );
  const focusId = useRef<string | null>(null);

  // A moved card is re-mounted in its new column (and again on rollback), which drops focus
  // to <body>; put it back on the card's move button. Only when focus was lost, so a user who
  // has moved on is never pulled back.
  useEffect(() => {
    const id = focusId.current;
    const active = document.activeElement;
    if (!id || (active && active !== document.body && active.isConnected)) return;
    document.querySelector<HTMLElement>(`[data-card-handle="${CSS.escape(id)}"]`)?.focus();
  });
  useEffect(() => {
    const forget = (e: FocusEvent) => {
      if ((e.target as HTMLElement | null)?.dataset?.cardHandle !== focusId.current) focusId.current = null;
    };
    document.addEventListener("focusin", forget);
    return () => document.removeEventListener("focusin", forget);
  }, []);

  const move = useCallback(
    function run(card: BoardCard, to: ApplicationStage, undoOf?: ApplicationStage) {
      const from = card.stage;
      if (from === to) return;
      focusId.current = card.id;
      startTransition(async () => {
        setShown({ id: card.id, stage: to });
        const fd = new FormData();
        fd.set("id", card.id);
        fd.set("stage", to);
        fd.set("from", from);
        let res;
        try {
          res = await moveApplicationStageAction(idle, fd);
        } catch {
          res = { status: "error", code: "unexpected", formError: "The move did not reach the server. Check your connection." } as const;
        }
        if (res.status === "ok") {
          const label = APPLICATION_STAGE_LABELS[to];
          if (undoOf) void toast(`Moved ${card.company} back to ${label}.`);
          else void toast(`Moved ${card.company} to ${label}.`, { undo: () => run({ ...card, stage: to }, from, to) });
        } else if (res.status === "error") {
          void toastError(`${card.company} was not moved. ${res.formError ?? ""}`.trim());
          if (res.code === "conflict" || res.code === "not-found") router.refresh();
        }
      });
    },
    [router, setShown],
  );

  return { shown, move };
}
