// The job-hunt wording of the one PHI check (lib/domain/phi-guard) for free text the learner saves.
import "server-only";
import { UserInputError } from "@/lib/data/errors";
import { unconfirmedPhiErrors, type PhiWording } from "@/lib/domain/phi-guard";

const JOB_HUNT_PHI: PhiWording = {
  field: (list) => `This looks like patient information: ${list}. Remove it, or tick the confirmation box if it is not real patient data.`,
  confirm: { field: "confirmPhi", message: "Tick to save anyway if this is not real patient data." },
};

/**
 * Throws a field error listing (masked) likely patient identifiers unless the user ticked
 * "confirm" (the check is lib/domain/phi-guard). `ignore` lets a resume keep the learner's own
 * email and phone.
 */
export function guardPhi(fields: Record<string, string | undefined>, confirmed: boolean, ignore: readonly string[] = []): void {
  const errors = unconfirmedPhiErrors(fields, confirmed, JOB_HUNT_PHI, { ignore });
  if (errors) throw new UserInputError("Possible patient identifiers found. Nothing was saved yet.", errors);
}
