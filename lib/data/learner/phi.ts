// The PHI guard for the journey's free text (program notes): likely patient identifiers are
// refused with a field error listing what was found (masked) unless the learner confirms.
import "server-only";
import { UserInputError } from "@/lib/data/errors";
import { detectPhi, needsPhiConfirmation, PHI_KIND_LABELS } from "@/lib/domain/phi-guard";

export function assertNoUnconfirmedPhi(field: string, text: string | null | undefined, confirmed: boolean | undefined): void {
  if (!text || confirmed) return;
  const findings = detectPhi(text);
  if (!needsPhiConfirmation(findings)) return;
  const list = findings.filter((f) => f.severity === "high").map((f) => `${PHI_KIND_LABELS[f.kind]} (${f.excerpt})`).join(", ");
  throw new UserInputError("This text may contain patient information.", {
    [field]: [`This looks like patient information: ${list}. Chartpath keeps career data only — remove it, or tick the confirmation box if it is not patient data.`],
  });
}
