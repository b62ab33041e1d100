// The one optimistic-lock scheme: an editable record carries an integer `version`, its form
// posts the version it was opened at, and a save writes only `WHERE version = <that>` while
// incrementing it. A save that matched nothing is either gone (NotFoundError) or was changed
// in another tab (ConflictError carrying the saved values, so the form can show both).
import "server-only";
import { ConflictError, NotFoundError } from "@/lib/data/errors";

export const nextVersion = { increment: 1 } as const;

export async function saveAtVersion<T>(opts: {
  /** An updateMany filtered on the expected version, with `version: nextVersion` in its data. */
  write: () => Promise<{ count: number }>;
  /** The record as saved now, for the conflict view. */
  current: () => Promise<T | null>;
  notFound: string;
  conflict: string;
  /** How the saved record is shown to the form (defaults to as read). */
  present?: (current: T) => unknown;
}): Promise<void> {
  const { count } = await opts.write();
  if (count > 0) return;
  const current = await opts.current();
  if (!current) throw new NotFoundError(opts.notFound);
  throw new ConflictError(opts.conflict, opts.present ? opts.present(current) : current);
}
