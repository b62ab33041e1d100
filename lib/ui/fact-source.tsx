// Every figure shown to users carries its source and as-of date (REFERENCE.md).
import type { Fact } from "@/lib/content/fact";
import { describeFactSource } from "@/lib/content/format-fact";

export function FactSource({ fact }: { fact: Fact<unknown> }) {
  const text = describeFactSource(fact);
  return (
    <span className="block text-xs text-slate-600">
      {fact.source.url ? (
        <a className="underline" href={fact.source.url} rel="noopener noreferrer" target="_blank">
          {text}
        </a>
      ) : (
        text
      )}
      {fact.confidence === "uncertain" ? " · reported figure" : ""}
    </span>
  );
}
