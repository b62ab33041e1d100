"use client";
// Loads the interactive board (dnd-kit, menus, toasts: ~60 kB gzip) as its own chunk, so the
// applications page's first-load JavaScript stays within the 150 kB budget. The server still
// renders the whole board, so nothing moves or flashes while the chunk arrives; it only
// becomes draggable once hydrated.
import dynamic from "next/dynamic";
import type { BoardCard } from "./board-types";

const BoardClient = dynamic(() => import("./board-client").then((m) => m.BoardClient));

export function LazyBoard({ cards }: { cards: BoardCard[] }) {
  return <BoardClient cards={cards} />;
}
