// The saved job-description match of an application (score, terms, formula as saved).
interface Snapshot {
  score?: number;
  at?: string;
  formula?: string[];
  requested?: { id: string; label: string; required: boolean; inResume: boolean }[];
}

export function MatchSnapshot({ snapshot }: { snapshot: unknown }) {
  const s = (snapshot ?? {}) as Snapshot;
  const requested = Array.isArray(s.requested) ? s.requested : [];
  return (
    <div className="space-y-2 text-sm">
      <p>
        <strong className="text-2xl">{s.score ?? "—"}</strong> / 100{s.at ? ` · matched ${s.at.slice(0, 10)}` : ""}
      </p>
      <p>
        Has:{" "}
        {requested
          .filter((r) => r.inResume)
          .map((r) => r.label)
          .join(", ") || "—"}
      </p>
      <p>
        Lacks:{" "}
        {requested
          .filter((r) => !r.inResume)
          .map((r) => `${r.label}${r.required ? " (required)" : ""}`)
          .join(", ") || "—"}
      </p>
      {Array.isArray(s.formula) && (
        <ul className="list-disc pl-5 text-slate-700">
          {s.formula.map((f) => (
            <li key={f}>{f}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
