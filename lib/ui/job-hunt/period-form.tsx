// From/to inputs as a GET form (funnel, activity report).
export function PeriodForm({ action, from, to, error }: { action: string; from: string; to: string; error?: string }) {
  return (
    <form method="get" action={action} className="no-print mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="period-from" className="block text-sm font-medium">
          From
        </label>
        <input id="period-from" name="from" type="date" defaultValue={from} className="rounded-md border border-slate-300 px-2 py-1.5" />
      </div>
      <div>
        <label htmlFor="period-to" className="block text-sm font-medium">
          To
        </label>
        <input
          id="period-to"
          name="to"
          type="date"
          defaultValue={to}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "period-error" : undefined}
          className="rounded-md border border-slate-300 px-2 py-1.5"
        />
      </div>
      <button type="submit" className="rounded-md border border-slate-400 bg-white px-3 py-1.5 text-sm font-medium">
        Show period
      </button>
      {error && (
        <p id="period-error" role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
