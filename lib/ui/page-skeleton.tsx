// The shape of a page while its data loads (the loading.tsx files): a title, then cards, a
// table or board columns. One status region says "Loading …" once to screen readers; the grey
// blocks themselves are hidden from them (lib/ui/primitives/skeleton).
import { Skeleton } from "@/lib/ui/primitives/skeleton";

type Shape = "cards" | "table" | "board" | "dashboard";

function Cards({ count }: { count: number }) {
  return (
    <div className="grid grid-cols-1 gap-6 lg:grid-cols-2">
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className="space-y-3 rounded-lg border border-slate-200 bg-white p-5">
          <Skeleton className="h-5 w-40" />
          <Skeleton className="h-4 w-full" />
          <Skeleton className="h-4 w-5/6" />
          <Skeleton className="h-4 w-2/3" />
        </div>
      ))}
    </div>
  );
}

function Table() {
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 bg-white p-5">
      <Skeleton className="h-9 w-full max-w-md" />
      {Array.from({ length: 8 }, (_, i) => (
        <Skeleton key={i} className="h-10 w-full" />
      ))}
    </div>
  );
}

function Board() {
  return (
    <div className="grid grid-cols-1 gap-4 sm:grid-cols-2 lg:grid-cols-4">
      {Array.from({ length: 4 }, (_, i) => (
        <div key={i} className="space-y-3 rounded-lg bg-slate-50 p-3">
          <Skeleton className="h-5 w-24" />
          <Skeleton className="h-20 w-full" />
          <Skeleton className="h-20 w-full" />
        </div>
      ))}
    </div>
  );
}

export function PageSkeleton({ label, shape = "cards" }: { label: string; shape?: Shape }) {
  return (
    <div role="status" aria-busy="true" className="space-y-6">
      <span className="sr-only">Loading {label}…</span>
      <div className="space-y-2">
        <Skeleton className="h-8 w-64 max-w-full" />
        <Skeleton className="h-4 w-96 max-w-full" />
      </div>
      {shape === "table" ? (
        <Table />
      ) : shape === "board" ? (
        <Board />
      ) : shape === "dashboard" ? (
        <>
          <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
            <Skeleton className="h-48 w-full" />
            <Skeleton className="h-48 w-full lg:col-span-2" />
          </div>
          <Cards count={2} />
        </>
      ) : (
        <Cards count={4} />
      )}
    </div>
  );
}
