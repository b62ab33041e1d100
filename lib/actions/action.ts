// The one way to write a server action: budget → session → permission → zod → lib/data →
// typed result. Each action declares who may call it where it is defined
// (`userAction({ schema, permission }, handler)`), is exported directly from its own
// "use server" file, and can be asked for that declaration (`actionAccess`), so the access
// matrix is generated from the actions themselves.
// Forms render `fieldErrors` beside fields and `values` as defaultValue (React 19 resets
// uncontrolled inputs after an action), so nothing the user typed is lost.
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { audit } from "@/lib/auth/audit";
import { requestLogger } from "@/lib/log";
import { AccessDeniedError, ConflictError, NotFoundError, UserInputError } from "@/lib/data/errors";
import { FORM_BUDGET, readFormInput, type FormBudget } from "@/lib/actions/form-input";

export type FieldErrors = Record<string, string[] | undefined>;

/** Why an action refused; forms show `formError`, tests and callers branch on `code`. */
export type ActionErrorCode = "invalid" | "unauthenticated" | "forbidden" | "not-found" | "conflict" | "too-large" | "unexpected";

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | {
      status: "error";
      code: ActionErrorCode;
      fieldErrors: FieldErrors;
      formError?: string;
      values: Record<string, string>;
      conflict?: unknown;
    };

export type ServerAction<T> = (prev: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export type ActionAccess = Permission | "public";

// Server-side only: the client gets a reference to the action, never this table.
const ACCESS = new WeakMap<object, ActionAccess>();

/** The permission an action declared (or "public"); undefined for anything not built here. */
export function actionAccess(action: unknown): ActionAccess | undefined {
  return typeof action === "function" ? ACCESS.get(action) : undefined;
}

const SECRET_FIELDS = /password|token/i;

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key) && !key.startsWith("$ACTION")) values[key] = value.slice(0, 20_000);
  }
  return values;
}

type Handler<S extends z.ZodType, T, U> = (input: z.output<S>, user: U) => Promise<T>;

function errorState(
  code: ActionErrorCode,
  formData: FormData,
  formError: string,
  fieldErrors: FieldErrors = {},
  conflict?: unknown,
): ActionState<never> {
  return { status: "error", code, fieldErrors, formError, values: echoValues(formData), ...(conflict === undefined ? {} : { conflict }) };
}

async function run<S extends z.ZodType, T, U>(
  name: string,
  schema: S,
  formData: FormData,
  input: Record<string, unknown>,
  user: U,
  handler: Handler<S, T, U>,
): Promise<ActionState<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    return errorState("invalid", formData, flat.formErrors[0] ?? "Check the highlighted fields.", flat.fieldErrors as FieldErrors);
  }
  try {
    const data = await handler(parsed.data, user);
    return { status: "ok", data };
  } catch (error) {
    unstable_rethrow(error); // redirect()/notFound() from inside the handler
    if (error instanceof UserInputError) return errorState("invalid", formData, error.message, error.fieldErrors);
    if (error instanceof AccessDeniedError) return errorState("forbidden", formData, error.message);
    if (error instanceof NotFoundError) return errorState("not-found", formData, error.message);
    if (error instanceof ConflictError) return errorState("conflict", formData, error.message, {}, error.current);
    const ref = randomUUID().slice(0, 8);
    // The action's name, the request id and the error: never the input, which may hold
    // passwords, resume text or other people's details.
    (await requestLogger()).error({ action: name, ref, err: error }, "action failed unexpectedly");
    return errorState("unexpected", formData, `Something went wrong (ref ${ref}). Nothing was changed; please try again.`);
  }
}

/** Over budget: no values are echoed, as that would repeat the work the budget exists to avoid. */
const overBudget = (formError: string): ActionState<never> => ({
  status: "error",
  code: "too-large",
  fieldErrors: {},
  formError,
  values: {},
});

function declare<T>(action: ServerAction<T>, access: ActionAccess): ServerAction<T> {
  ACCESS.set(action, access);
  return action;
}

export interface PublicActionDefinition<S extends z.ZodType> {
  /** The exported name (e.g. "createCohortAction"), so an unexpected error's log line says which action. */
  name: string;
  schema: S;
  budget?: FormBudget;
}

export interface UserActionDefinition<S extends z.ZodType> extends PublicActionDefinition<S> {
  /** The role-level permission (lib/auth/permissions); the data layer still checks which rows. */
  permission: Permission;
}

/** An action that anyone may call (sign-in, sign-up, reset). */
export function publicAction<S extends z.ZodType, T>(
  { name, schema, budget = FORM_BUDGET }: PublicActionDefinition<S>,
  handler: Handler<S, T, CurrentUser | null>,
): ServerAction<T> {
  return declare(async (_prev, formData) => {
    const form = readFormInput(formData, budget);
    if (!form.ok) return overBudget(form.formError);
    return run(name, schema, formData, form.input, await getCurrentUser(), handler);
  }, "public");
}

/**
 * An action for a signed-in user holding `permission`. A caller without it is refused before
 * the input is validated (only the size budget comes first) and the refusal is audited here,
 * as the page guard audits page refusals; the data layer then decides which rows they may touch.
 */
export function userAction<S extends z.ZodType, T>(
  { name, schema, permission, budget = FORM_BUDGET }: UserActionDefinition<S>,
  handler: Handler<S, T, CurrentUser>,
): ServerAction<T> {
  return declare(async (_prev, formData) => {
    const form = readFormInput(formData, budget);
    if (!form.ok) return overBudget(form.formError);
    const user = await getCurrentUser();
    if (!user) return errorState("unauthenticated", formData, "Your session has ended. Sign in again to continue.");
    if (!hasPermission(user, permission)) {
      await audit({ action: "access.denied", actorId: user.id, metadata: { permission } });
      return errorState("forbidden", formData, new AccessDeniedError().message);
    }
    return run(name, schema, formData, form.input, user, handler);
  }, permission);
}
