// zod building blocks for learner-journey forms: FormData sends strings, so numbers and dates
// are parsed here with messages a learner can act on.
import { z } from "zod";
import { isValidIsoDate } from "@/lib/domain/dates";

export const id = z.string({ error: "Missing id." }).min(1, "Missing id.").max(64, "Invalid id.");

export function wholeNumber(label: string, min: number, max: number) {
  return z.string({ error: `Enter ${label}.` }).trim().min(1, `Enter ${label}.`)
    .regex(/^-?\d+$/, `${label[0]?.toUpperCase()}${label.slice(1)} must be a whole number.`)
    .transform(Number)
    .pipe(z.number().min(min, `${label[0]?.toUpperCase()}${label.slice(1)} must be at least ${min}.`).max(max, `${label[0]?.toUpperCase()}${label.slice(1)} must be at most ${max}.`));
}

/** Blank means "not recorded". */
export function optionalWholeNumber(label: string, min: number, max: number) {
  return z.preprocess((v) => (v === "" || v === undefined ? null : v), wholeNumber(label, min, max).nullable());
}

export function decimal(label: string, min: number, max: number) {
  return z.string({ error: `Enter ${label}.` }).trim().min(1, `Enter ${label}.`)
    .regex(/^\d+(\.\d{1,2})?$/, `Enter ${label} as a number, e.g. 1.5.`)
    .transform(Number)
    .pipe(z.number().min(min, `At least ${min}.`).max(max, `At most ${max}.`));
}

export function isoDate(label: string) {
  return z.string({ error: `Enter ${label}.` }).trim().min(1, `Enter ${label}.`)
    .refine(isValidIsoDate, `Enter ${label} as a real date (YYYY-MM-DD).`);
}

export function optionalIsoDate(label: string) {
  return z.preprocess((v) => (v === "" || v === undefined ? null : v), isoDate(label).nullable());
}

export function optionalText(max: number) {
  return z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.string().trim().max(max, `Keep this under ${max} characters.`).nullable().optional());
}

/** A checkbox is "on" when ticked and absent otherwise. */
export const checkbox = z.preprocess((v) => v === "on" || v === "true", z.boolean());

/** A yes / no / not known select. */
export const triState = z.enum(["", "yes", "no"], { error: "Choose yes, no or not known." }).transform((v) => (v === "" ? null : v === "yes"));
