// Spreadsheet import of applications: which of our fields each of the user's columns feeds
// (suggested from the header names, changeable by the user), and turning one mapped row into
// validated application fields or per-field messages. Pure: the data layer commits the result.
import { applicationFieldsSchema, type ApplicationFields } from "@/lib/domain/application-schema";
import { APPLICATION_STAGE_LABELS, type ApplicationStage } from "@/lib/domain/applications";
import { ROLE_TYPE_LABELS, SOURCE_LABELS, WORK_MODE_LABELS, codeFromLabel, parseSalary } from "@/lib/domain/application-fields";
import { isValidIsoDate, fromUtcDate } from "@/lib/domain/dates";

import { IMPORT_FIELDS, type ImportFieldKey, type ImportMapping } from "@/lib/domain/application-import-fields";

export {
  IMPORT_FIELDS,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  type ImportFieldKey,
  type ImportMapping,
} from "@/lib/domain/application-import-fields";

const squash = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");

export function suggestMapping(headers: readonly string[]): ImportMapping {
  const used = new Set<string>();
  const mapping: ImportMapping = {};
  for (const field of IMPORT_FIELDS) {
    const hit = headers.find((h) => !used.has(h) && field.aliases.some((a) => squash(a) === squash(h)));
    if (hit) {
      mapping[field.key] = hit;
      used.add(hit);
    }
  }
  return mapping;
}

/** Messages for a mapping that cannot work: a required field unmapped, a column used twice, an unknown header. */
export function mappingErrors(mapping: ImportMapping, headers: readonly string[]): string[] {
  const errors: string[] = [];
  for (const f of IMPORT_FIELDS) if (f.required && !mapping[f.key]) errors.push(`Choose the column that holds “${f.label}”.`);
  const chosen = Object.values(mapping).filter((h): h is string => !!h);
  for (const h of chosen) if (!headers.includes(h)) errors.push(`There is no column “${h}” in the file.`);
  const dup = chosen.find((h, i) => chosen.indexOf(h) !== i);
  if (dup) errors.push(`The column “${dup}” is chosen for two fields.`);
  return errors;
}

/** Spreadsheet dates: 2026-03-05, 3/5/2026 (US), 3/5/26. */
export function parseSheetDate(value: string): string | undefined | null {
  const t = value.trim();
  if (t === "") return undefined;
  if (isValidIsoDate(t)) return t;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})$/.exec(t);
  if (!m) return null;
  const y = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const iso = `${y}-${m[1]!.padStart(2, "0")}-${m[2]!.padStart(2, "0")}`;
  return isValidIsoDate(iso) ? iso : null;
}

export interface ImportedApplication {
  fields: ApplicationFields;
  stage: ApplicationStage;
}
export type RowResult = { ok: true; value: ImportedApplication } | { ok: false; errors: string[] };

export function rowToApplication(
  values: Readonly<Record<string, string>>,
  mapping: ImportMapping,
  today: string = fromUtcDate(new Date()),
): RowResult {
  const cell = (key: ImportFieldKey) => {
    const header = mapping[key];
    return header ? (values[header] ?? "").trim() : "";
  };
  const errors: string[] = [];
  const vocab = <C extends string>(key: ImportFieldKey, labels: Readonly<Record<C, string>>, fallback: C, name: string): C => {
    const raw = cell(key);
    if (raw === "") return fallback;
    const code = codeFromLabel(raw, labels);
    if (!code) errors.push(`${name} “${raw}” is not one of: ${Object.values(labels).join(", ")}.`);
    return code ?? fallback;
  };
  const date = (key: ImportFieldKey, name: string) => {
    const parsed = parseSheetDate(cell(key));
    if (parsed === null) errors.push(`${name} “${cell(key)}” is not a date (use YYYY-MM-DD or M/D/YYYY).`);
    return parsed ?? undefined;
  };
  const money = (key: ImportFieldKey, name: string) => {
    const n = parseSalary(cell(key));
    if (Number.isNaN(n)) errors.push(`${name} “${cell(key)}” is not an amount.`);
    return n === undefined || Number.isNaN(n) ? undefined : String(n);
  };
  const roleType = vocab("roleType", ROLE_TYPE_LABELS, "OTHER", "Role type");
  const workMode = vocab("workMode", WORK_MODE_LABELS, "ONSITE", "Work mode");
  const source = vocab("source", SOURCE_LABELS, "OTHER", "Source");
  const stageRaw = cell("stage");
  const stageCode = stageRaw === "" ? undefined : codeFromLabel(stageRaw, { ...APPLICATION_STAGE_LABELS, GHOSTED: "Ghosted" });
  if (stageRaw !== "" && !stageCode)
    errors.push(`Stage “${stageRaw}” is not one of: ${Object.values(APPLICATION_STAGE_LABELS).join(", ")}.`);
  const appliedOn = date("appliedOn", "Applied on");
  const followUpOn = date("followUpOn", "Follow-up on");
  if (appliedOn && appliedOn > today) errors.push(`Applied on ${appliedOn} is in the future.`);
  const parsed = applicationFieldsSchema.safeParse({
    company: cell("company"),
    title: cell("title"),
    roleType,
    workMode,
    source,
    location: cell("location"),
    link: cell("link"),
    salaryMin: money("salaryMin", "Salary min"),
    salaryMax: money("salaryMax", "Salary max"),
    notes: cell("notes"),
    appliedOn,
    followUpOn,
  });
  if (!parsed.success) for (const issue of parsed.error.issues) errors.push(issue.message);
  if (errors.length > 0 || !parsed.success) return { ok: false, errors: [...new Set(errors)] };
  const stage: ApplicationStage = stageCode ?? (appliedOn ? "APPLIED" : "SAVED");
  return { ok: true, value: { fields: parsed.data, stage } };
}
