// A failure of the embedded database that the person running `npm start` can act on: the
// message says what happened and what to do, and start.ts prints it without a stack trace.
export class EmbeddedDbError extends Error {
  override name = "EmbeddedDbError";
}
