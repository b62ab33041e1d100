// From/to inputs as a GET form (funnel, activity report).
import { Button } from "@/lib/ui/primitives/button";
import { Input } from "@/lib/ui/primitives/input";

export function PeriodForm({ action, from, to, error }: { action: string; from: string; to: string; error?: string }) {
  return (
    <form method="get" action={action} className="no-print mb-4 flex flex-wrap items-end gap-3">
      <div>
        <label htmlFor="period-from" className="block text-sm font-medium">
          From
        </label>
        <Input id="period-from" name="from" type="date" defaultValue={from} compact />
      </div>
      <div>
        <label htmlFor="period-to" className="block text-sm font-medium">
          To
        </label>
        <Input
          id="period-to"
          name="to"
          type="date"
          defaultValue={to}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "period-error" : undefined}
          compact
        />
      </div>
      <Button type="submit" variant="secondary" size="sm">
        Show period
      </Button>
      {error && (
        <p id="period-error" role="alert" className="w-full text-sm text-red-700">
          {error}
        </p>
      )}
    </form>
  );
}
