// The learner's home page in one statement: the dashboard, the job-hunt summary and the notes
// shared with them are three features' reads, each a set of JSON columns (decision record 0010).
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { IsoDate } from "@/lib/domain/types";
import { assertCan } from "@/lib/data/access";
import { todayIso } from "@/lib/data/dates";
import { buildDashboard, dashboardColumns, type DashboardRow } from "./dashboard";
import { buildSummary, summaryColumns, type SummaryRow } from "@/lib/data/job-hunt/dashboard-summary";
import { buildSharedNotes, sharedNotesColumn, type SharedNoteRow } from "@/lib/data/programs/learner-view";

export async function getLearnerHome(actor: CurrentUser | null, today: IsoDate = todayIso()) {
  assertCan(actor, "read:learner-journey:own");
  assertCan(actor, "read:job-hunt:own");
  assertCan(actor, "read:access-log:own");
  const [row] = await db.$queryRaw<(DashboardRow & SummaryRow & { sharedNotes: SharedNoteRow[] })[]>`
    SELECT ${dashboardColumns(actor.id, today)}, ${summaryColumns(actor.id, today)}, ${sharedNotesColumn(actor.id)}`;
  return {
    dashboard: await buildDashboard(actor.id, row!, today),
    jobHunt: buildSummary(row, today),
    sharedNotes: buildSharedNotes(row!.sharedNotes),
  };
}
