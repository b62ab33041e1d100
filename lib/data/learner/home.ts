// The learner's home page in one round trip: the dashboard, the job-hunt summary and the
// notes shared with them are three reads owned by three features, each a set of JSON columns;
// on the page that every learner opens most, they are asked for in one statement. A CPU
// profile under load showed each extra statement costing more than its query: a socket write
// to Postgres (waking another backend on a two-core machine), pool and driver work.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { IsoDate } from "@/lib/domain/types";
import { assertCan, todayIso } from "./guard";
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
