// Row statuses of a roster import (kept apart from the parser so client code stays small).
export type ImportRowStatus =
  | "NEW" // a new person: an invitation is sent
  | "LINK" // has a Chartpath account: invited to link it (still needs their consent)
  | "ALREADY_MEMBER" // already an active learner in that cohort
  | "INVALID_EMAIL"
  | "DUPLICATE_IN_FILE"
  | "MISSING_NAME"
  | "UNKNOWN_COHORT"
  | "NO_COHORT";

const ERRORS: ReadonlySet<ImportRowStatus> = new Set(["INVALID_EMAIL", "DUPLICATE_IN_FILE", "MISSING_NAME", "UNKNOWN_COHORT", "NO_COHORT"]);

export const isErrorStatus = (s: ImportRowStatus) => ERRORS.has(s);
