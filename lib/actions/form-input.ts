// Turns a submitted FormData into the plain object zod validates, within a stated work budget.
// Everything here runs before any check (even before the session is known for public actions),
// so it counts first and refuses oversized forms without building anything, and it builds the
// object in one pass: repeated names append in place (copying the array per repeat was O(n²)).
// Pure (no Next/Prisma imports) so unit tests and the benchmark can drive it directly.

export interface FormBudget {
  /** Entries in the whole form, Next's own `$ACTION…` fields included. */
  maxFields: number;
  /** Entries sharing one name. No form repeats a name today; a checkbox + hidden pair needs 2. */
  maxRepeats: number;
  /** UTF-8 bytes of one text value (files are limited by the feature that reads them). */
  maxValueBytes: number;
  /** UTF-8 bytes of all names and text values plus the size of every file. */
  maxTotalBytes: number;
}

/** Next's serverActions.bodySizeLimit ("2mb" in next.config.mjs); proxy.ts refuses larger form posts. */
export const ACTION_BODY_MAX_BYTES = 2 * 1024 * 1024;

export const FORM_BUDGET: Readonly<FormBudget> = {
  maxFields: 200,
  maxRepeats: 20,
  // 50,000 characters of resume text at up to 4 bytes each, with room to spare.
  maxValueBytes: 256 * 1024,
  // The body limit, so a direct call (a test, a future caller) gets the same bound.
  maxTotalBytes: ACTION_BODY_MAX_BYTES,
};

/** For the CSV import forms, which carry a whole (≤ 2 MB) file back as one hidden text field. */
export const CSV_FORM_BUDGET: Readonly<FormBudget> = { ...FORM_BUDGET, maxValueBytes: FORM_BUDGET.maxTotalBytes };

export type FormInput = { ok: true; input: Record<string, unknown> } | { ok: false; formError: string };

const kb = (bytes: number) => `${Math.floor(bytes / 1024).toLocaleString("en-US")} KB`;

function overBudget(formData: FormData, budget: FormBudget): string | undefined {
  const repeats = new Map<string, number>();
  let fields = 0;
  let total = 0;
  for (const [key, value] of formData.entries()) {
    if (++fields > budget.maxFields) return `This form sent more than ${budget.maxFields} fields. Nothing was changed.`;
    const seen = (repeats.get(key) ?? 0) + 1;
    if (seen > budget.maxRepeats)
      return `This form sent the field “${key.slice(0, 40)}” more than ${budget.maxRepeats} times. Nothing was changed.`;
    repeats.set(key, seen);
    const valueBytes = typeof value === "string" ? Buffer.byteLength(value, "utf8") : value.size;
    if (typeof value === "string" && valueBytes > budget.maxValueBytes)
      return `A field of this form is larger than ${kb(budget.maxValueBytes)}. Nothing was changed.`;
    total += Buffer.byteLength(key, "utf8") + valueBytes;
    if (total > budget.maxTotalBytes) return `This form is larger than ${kb(budget.maxTotalBytes)}. Nothing was changed.`;
  }
  return undefined;
}

export function readFormInput(formData: FormData, budget: FormBudget = FORM_BUDGET): FormInput {
  // A hand-made action request can pass any serialisable value where the form should be.
  if (!(formData instanceof FormData)) return { ok: false, formError: "This request did not send a form. Nothing was changed." };
  const formError = overBudget(formData, budget);
  if (formError) return { ok: false, formError };
  // A null-prototype object: a field named "__proto__" is just a key.
  const input = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    const existing = input[key];
    if (existing === undefined) input[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else input[key] = [existing, value];
  }
  return { ok: true, input };
}
