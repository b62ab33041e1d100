// Typed errors the data layer throws; the action helper turns them into field/form errors.

export class AccessDeniedError extends Error {
  constructor(message = "You do not have access to this.") {
    super(message);
    this.name = "AccessDeniedError";
  }
}

export class NotFoundError extends Error {
  constructor(message = "Not found.") {
    super(message);
    this.name = "NotFoundError";
  }
}

/** A user-correctable problem, optionally tied to form fields. */
export class UserInputError extends Error {
  constructor(
    message: string,
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(message);
    this.name = "UserInputError";
  }
}

export class ConflictError extends Error {
  constructor(
    message: string,
    readonly current?: unknown,
  ) {
    super(message);
    this.name = "ConflictError";
  }
}
