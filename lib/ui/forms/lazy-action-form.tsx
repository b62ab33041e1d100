"use client";
// ActionForm in its own chunk, for forms below the fold on pages near the 150 kB first-load
// budget (the drill-down's notes). The server still renders the form, so it shows at once and
// posts without JavaScript; only its client code arrives after the page's first load.
import dynamic from "next/dynamic";
import type { ActionForm } from "./action-form";

// dynamic() drops ActionForm's generic; the cast restores its exact props.
export const LazyActionForm = dynamic(() => import("./action-form").then((m) => m.ActionForm)) as typeof ActionForm;
