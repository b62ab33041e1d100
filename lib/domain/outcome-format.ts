// Rates and labels for program outcomes (shared by the page and the CSV export).
export function rate(numerator: number, denominator: number): number | null {
  return denominator > 0 ? Math.round((1000 * numerator) / denominator) / 10 : null;
}

export function formatRate(value: number | null): string {
  return value === null ? "—" : `${value}%`;
}

export const FUNNEL_STEPS = [
  { key: "invited", label: "Invited" },
  { key: "joined", label: "Joined" },
  { key: "pathChosen", label: "Path chosen" },
  { key: "examScheduled", label: "Exam scheduled" },
  { key: "passed", label: "Passed" },
  { key: "placed", label: "Placed" },
] as const;
