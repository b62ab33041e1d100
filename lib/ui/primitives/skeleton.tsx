// A grey placeholder block for loading.tsx files. Hidden from assistive tech: the loading
// region announces itself once (aria-busy on its container), not once per block.
import { clsx } from "clsx";

export function Skeleton({ className }: { className?: string }) {
  return <div aria-hidden="true" className={clsx("animate-pulse rounded-md bg-slate-200 motion-reduce:animate-none", className)} />;
}
