// The one set of zod building blocks every feature's form schemas are made of. FormData sends
// strings, so numbers, dates and checkboxes are parsed here, with messages that say what to
// change. Labels are noun phrases ("the start date"): messages read "Enter the start date.".
// Dates stay ISO "YYYY-MM-DD" strings that exist on the calendar (2026-02-30, 2026-13-01 and
// 2025-02-29 are refused; Date.parse used to roll them over), never local-time Dates.
// Lives in lib/domain so the pure application schema (CSV import) can use it too.
import { z } from "zod";
import { isValidIsoDate } from "@/lib/domain/dates";

const capitalise = (label: string) => `${label[0]?.toUpperCase() ?? ""}${label.slice(1)}`;
const count = (n: number) => n.toLocaleString("en-US");

/** A blank field (empty or only spaces) means "not given". */
const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** Makes a field optional: blank or missing gives undefined. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** Blank clears a stored value: edits save null where the form was emptied. */
export const orNull = <T extends z.ZodType>(schema: T) => schema.transform((v) => v ?? null);

export const id = z.string({ error: "Missing id." }).trim().min(1, "Missing id.").max(64, "Invalid id.");

export const text = (label: string, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .max(max, `${capitalise(label)} can be at most ${count(max)} characters.`);

export const optionalText = (max: number, label = "this") =>
  optional(
    z
      .string()
      .trim()
      .max(max, `${capitalise(label)} can be at most ${count(max)} characters.`),
  );

export const isoDate = (label: string) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    // A blank already has its message (no abort: object-level checks must still run).
    .refine((v) => v === "" || isValidIsoDate(v), `Enter ${label} as a real date (YYYY-MM-DD).`);

export const optionalDate = (label: string) => optional(isoDate(label));

export const wholeNumber = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .regex(/^-?\d+$/, `${capitalise(label)} must be a whole number.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${capitalise(label)} must be at least ${count(min)}.`)
        .max(max, `${capitalise(label)} must be at most ${count(max)}.`),
    );

/** The record version a form was opened at (lib/data/optimistic-lock); a missing one never matches. */
export const recordVersion = z
  .string({ error: "Reload the page and edit again." })
  .regex(/^\d{1,9}$/, "Reload the page and edit again.")
  .transform(Number);

export const optionalWholeNumber = (label: string, min: number, max: number) => optional(wholeNumber(label, min, max));

export const decimal = (label: string, min: number, max: number) =>
  z
    .string({ error: `Enter ${label}.` })
    .trim()
    .min(1, `Enter ${label}.`)
    .regex(/^\d+(\.\d{1,2})?$/, `Enter ${label} as a number, e.g. 1.5.`)
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, `${capitalise(label)} must be at least ${min}.`)
        .max(max, `${capitalise(label)} must be at most ${max}.`),
    );

/** Yearly dollars; blank means not given. */
export const salary = (label: string, min = 0) =>
  optional(
    z.coerce
      .number({ error: `Enter ${label} as a whole number of dollars.` })
      .int(`Enter ${label} as a whole number of dollars.`)
      .min(min, min > 0 ? `Enter ${label} as a yearly amount in dollars.` : `${capitalise(label)} can't be negative.`)
      .max(1_000_000, `${capitalise(label)} looks too large.`),
  );

/** A checkbox is "on" when ticked and absent otherwise. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** A yes / no / not known select. */
export const triState = z
  .enum(["", "yes", "no"], { error: "Choose yes, no or not known." })
  .transform((v) => (v === "" ? null : v === "yes"));
