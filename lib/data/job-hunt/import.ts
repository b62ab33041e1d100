// CSV import of applications: parse (2 MB / 1,000 rows), map columns, validate every row,
// and commit all rows in one transaction — or none if any row has a problem.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { UserInputError } from "@/lib/data/errors";
import { writeFollowingPlan } from "@/lib/data/learner/plan-reconcile";
import { parseCsv } from "@/lib/domain/csv";
import {
  IMPORT_MAX_BYTES,
  IMPORT_MAX_ROWS,
  mappingErrors,
  rowToApplication,
  suggestMapping,
  type ImportedApplication,
  type ImportMapping,
} from "@/lib/domain/application-import";
import { assertCan } from "@/lib/data/access";
import { dateOrNull, todayIso } from "@/lib/data/dates";
import { logger } from "@/lib/log";

export interface ImportPreview {
  headers: string[];
  mapping: ImportMapping;
  mappingErrors: string[];
  rowCount: number;
  valid: { rowNumber: number; company: string; title: string; stage: string }[];
  rowErrors: { rowNumber: number; messages: string[] }[];
}

/** Validates without writing. `mapping` undefined → suggested from the headers. */
export function previewImport(actor: CurrentUser, csv: string, mapping?: ImportMapping): ImportPreview & { rows: ImportedApplication[] } {
  assertCan(actor, "import:application:own");
  const parsed = parseCsv(csv, { maxRows: IMPORT_MAX_ROWS, maxBytes: IMPORT_MAX_BYTES });
  if (!parsed.ok) throw new UserInputError(parsed.error.message, { file: [parsed.error.message] });
  const chosen = mapping ?? suggestMapping(parsed.headers);
  const mErrors = mappingErrors(chosen, parsed.headers);
  const rowErrors = parsed.rowErrors.map((e) => ({ rowNumber: e.rowNumber, messages: [e.message] }));
  const rows: ImportedApplication[] = [];
  const valid: ImportPreview["valid"] = [];
  if (mErrors.length === 0) {
    const today = todayIso();
    for (const row of parsed.rows) {
      const result = rowToApplication(row.values, chosen, today);
      if (result.ok) {
        rows.push(result.value);
        valid.push({
          rowNumber: row.rowNumber,
          company: result.value.fields.company,
          title: result.value.fields.title,
          stage: result.value.stage,
        });
      } else rowErrors.push({ rowNumber: row.rowNumber, messages: result.errors });
    }
  }
  rowErrors.sort((a, b) => a.rowNumber - b.rowNumber);
  return {
    headers: parsed.headers,
    mapping: chosen,
    mappingErrors: mErrors,
    rowCount: parsed.rows.length + parsed.rowErrors.length,
    valid,
    rowErrors,
    rows,
  };
}

/** Every problem a preview lists: one per mapping message and one per row with problems. */
export function importProblemCount(preview: Pick<ImportPreview, "rowErrors" | "mappingErrors">): number {
  return preview.rowErrors.length + preview.mappingErrors.length;
}

/** All or nothing: any row or mapping problem → UserInputError and no row written. */
export async function commitImport(actor: CurrentUser, csv: string, mapping: ImportMapping): Promise<{ imported: number }> {
  const preview = previewImport(actor, csv, mapping);
  const problems = importProblemCount(preview);
  if (problems > 0)
    throw new UserInputError(
      `Nothing was imported: the file has ${problems} problem${problems === 1 ? "" : "s"}. Preview it to see each one.`,
    );
  if (preview.rows.length === 0) throw new UserInputError("Nothing was imported: the file has no rows to import.");
  const now = new Date();
  const imported = await writeFollowingPlan(db, actor.id, async (tx) => {
    const created = await tx.jobApplication.createManyAndReturn({
      data: preview.rows.map(({ fields, stage }) => ({
        userId: actor.id,
        company: fields.company,
        title: fields.title,
        roleType: fields.roleType,
        workMode: fields.workMode,
        location: fields.location ?? null,
        source: fields.source,
        link: fields.link ?? null,
        salaryMin: fields.salaryMin ?? null,
        salaryMax: fields.salaryMax ?? null,
        notes: fields.notes ?? null,
        appliedOn: dateOrNull(fields.appliedOn),
        followUpOn: dateOrNull(fields.followUpOn),
        stage,
        stageChangedAt: dateOrNull(fields.appliedOn) ?? now,
      })),
      select: { id: true, stage: true, stageChangedAt: true, appliedOn: true },
    });
    // A row imported past "Applied" (e.g. Interviewing) records both steps, so reports count
    // it as submitted; the later step is dated one second after, keeping the order stable.
    await tx.applicationStageChange.createMany({
      data: created.flatMap((a) => {
        const sentLater = a.stage !== "SAVED" && a.stage !== "APPLIED" && a.stage !== "WITHDRAWN";
        if (!sentLater || !a.appliedOn) return [{ applicationId: a.id, userId: actor.id, toStage: a.stage, changedAt: a.stageChangedAt }];
        return [
          { applicationId: a.id, userId: actor.id, toStage: "APPLIED" as const, changedAt: a.stageChangedAt },
          {
            applicationId: a.id,
            userId: actor.id,
            fromStage: "APPLIED" as const,
            toStage: a.stage,
            changedAt: new Date(a.stageChangedAt.getTime() + 1000),
          },
        ];
      }),
    });
    return created.length;
  });
  await touchActivity(actor.id);
  logger.info({ event: "import.applications", actorId: actor.id, rows: imported }, "import: applications");
  return { imported };
}
