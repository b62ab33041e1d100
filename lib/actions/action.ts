// The one way to write a server action: session → zod → lib/data → typed result.
// Forms render `fieldErrors` beside fields and `values` as defaultValue (React 19 resets
// uncontrolled inputs after an action), so nothing the user typed is lost.
import "server-only";
import { randomUUID } from "node:crypto";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { AccessDeniedError, ConflictError, NotFoundError, UserInputError } from "@/lib/data/errors";
import { FORM_BUDGET, readFormInput, type FormBudget } from "@/lib/actions/form-input";

export type FieldErrors = Record<string, string[] | undefined>;

export type ActionState<T = unknown> =
  | { status: "idle" }
  | { status: "ok"; data: T; message?: string }
  | { status: "error"; fieldErrors: FieldErrors; formError?: string; values: Record<string, string>; conflict?: unknown };

const SECRET_FIELDS = /password|token/i;

function echoValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (typeof value === "string" && !SECRET_FIELDS.test(key) && !key.startsWith("$ACTION")) values[key] = value.slice(0, 20_000);
  }
  return values;
}

type Handler<S extends z.ZodType, T, U> = (input: z.output<S>, user: U) => Promise<T>;

function errorState(formData: FormData, formError: string, fieldErrors: FieldErrors = {}, conflict?: unknown): ActionState<never> {
  return { status: "error", fieldErrors, formError, values: echoValues(formData), ...(conflict === undefined ? {} : { conflict }) };
}

async function run<S extends z.ZodType, T, U>(
  schema: S,
  formData: FormData,
  input: Record<string, unknown>,
  user: U,
  handler: Handler<S, T, U>,
): Promise<ActionState<T>> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    const flat = z.flattenError(parsed.error);
    return errorState(formData, flat.formErrors[0] ?? "Check the highlighted fields.", flat.fieldErrors as FieldErrors);
  }
  try {
    const data = await handler(parsed.data, user);
    return { status: "ok", data };
  } catch (error) {
    unstable_rethrow(error); // redirect()/notFound() from inside the handler
    if (error instanceof UserInputError) return errorState(formData, error.message, error.fieldErrors);
    if (error instanceof AccessDeniedError) return errorState(formData, error.message);
    if (error instanceof NotFoundError) return errorState(formData, error.message);
    if (error instanceof ConflictError) return errorState(formData, error.message, {}, error.current);
    const ref = randomUUID().slice(0, 8);
    console.error(`[action] unexpected error ref=${ref}`, error);
    return errorState(formData, `Something went wrong (ref ${ref}). Nothing was changed; please try again.`);
  }
}

/** Over budget: no values are echoed, as that would repeat the work the budget exists to avoid. */
const overBudget = (formError: string): ActionState<never> => ({ status: "error", fieldErrors: {}, formError, values: {} });

/** An action that anyone may call (sign-in, sign-up, reset). */
export function publicAction<S extends z.ZodType, T>(
  schema: S,
  handler: Handler<S, T, CurrentUser | null>,
  budget: FormBudget = FORM_BUDGET,
) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const form = readFormInput(formData, budget);
    if (!form.ok) return overBudget(form.formError);
    return run(schema, formData, form.input, await getCurrentUser(), handler);
  };
}

/** An action that needs a signed-in user; the data layer still checks what they may touch. */
export function userAction<S extends z.ZodType, T>(schema: S, handler: Handler<S, T, CurrentUser>, budget: FormBudget = FORM_BUDGET) {
  return async (_prev: ActionState<T>, formData: FormData): Promise<ActionState<T>> => {
    const form = readFormInput(formData, budget);
    if (!form.ok) return overBudget(form.formError);
    const user = await getCurrentUser();
    if (!user) return errorState(formData, "Your session has ended. Sign in again to continue.");
    return run(schema, formData, form.input, user, handler);
  };
}
