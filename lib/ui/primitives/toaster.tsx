"use client";
// Mounted once in app/layout.tsx. Sonner renders an aria-live region, so toasts are announced;
// they pause while hovered or focused, and the Undo button is reachable by keyboard (Alt+T
// moves focus to the toasts). Sonner (about 13 kB gzip) loads after hydration, outside every
// route's first-load JavaScript (the 150 kB budget); no toast can be raised before then anyway.
import dynamic from "next/dynamic";

const Sonner = dynamic(() => import("sonner").then((m) => m.Toaster), { ssr: false });

export function Toaster() {
  return (
    <Sonner
      position="bottom-center"
      closeButton
      // Expanded: each toast stays fully readable instead of fading behind the newest one.
      expand
      duration={6000}
      toastOptions={{
        classNames: {
          toast: "!rounded-lg !border !border-slate-200 !bg-white !text-ink !shadow-lg",
          description: "!text-slate-700",
          actionButton: "!bg-brand-700 !font-semibold !text-white",
          closeButton: "!border-slate-300 !text-slate-800",
        },
      }}
    />
  );
}
