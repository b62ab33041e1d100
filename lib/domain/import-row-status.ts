// Row statuses of a roster import (kept apart from the parser so client code stays small).
export type ImportRowStatus =
  // Whether the address already has a Chartpath account is deliberately not a status: the
  // preview must not tell a program who is registered. An existing account is linked only
  // when its owner accepts the invitation.
  | "NEW" // an invitation is sent
  | "ALREADY_MEMBER" // already an active learner in that cohort
  | "INVALID_EMAIL"
  | "DUPLICATE_IN_FILE"
  | "MISSING_NAME"
  | "UNKNOWN_COHORT"
  | "NO_COHORT"
  | "UNREADABLE"; // the CSV row itself could not be read (e.g. an unclosed quote)

const ERRORS: ReadonlySet<ImportRowStatus> = new Set([
  "INVALID_EMAIL",
  "DUPLICATE_IN_FILE",
  "MISSING_NAME",
  "UNKNOWN_COHORT",
  "NO_COHORT",
  "UNREADABLE",
]);

export const isErrorStatus = (s: ImportRowStatus) => ERRORS.has(s);
