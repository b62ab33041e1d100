// A product screenshot in a light browser frame, sized by its real width and height so the
// page does not shift while it loads. getImageProps gives next/image's resized srcset on a
// plain <img>, without the client component's JavaScript (the 150 kB first-load budget).
import { getImageProps } from "next/image";
import type { Screenshot } from "./screenshots";

export function ScreenshotFrame({ shot, preload = false, className = "" }: { shot: Screenshot; preload?: boolean; className?: string }) {
  const { props } = getImageProps({
    src: shot.src,
    width: shot.width,
    height: shot.height,
    alt: shot.alt,
    sizes: "(min-width: 1024px) 600px, 100vw",
    // getImageProps cannot preload; the first screen's image asks for high priority instead.
    ...(preload ? { loading: "eager" as const, fetchPriority: "high" as const } : { loading: "lazy" as const }),
  });
  return (
    <figure className={`overflow-hidden rounded-xl bg-white shadow-lg ring-1 ring-slate-900/10 ${className}`}>
      <div aria-hidden="true" className="flex gap-1.5 border-b border-slate-200 bg-slate-100 px-3 py-2">
        <span className="h-2.5 w-2.5 rounded-full bg-slate-300" />
        <span className="h-2.5 w-2.5 rounded-full bg-slate-300" />
        <span className="h-2.5 w-2.5 rounded-full bg-slate-300" />
      </div>
      {/* eslint-disable-next-line @next/next/no-img-element -- next/image's optimized props, minus its client JS */}
      <img {...props} alt={shot.alt} className="h-auto w-full" />
    </figure>
  );
}
