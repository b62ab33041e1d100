// Reads the applications page's query string; unknown values are ignored, never trusted.
import type { BoardFilters } from "@/lib/data/job-hunt/board";
import { SORT_KEYS } from "@/lib/data/job-hunt/board-sort";
import { isApplicationStage } from "@/lib/domain/applications";
import { ROLE_TYPES, WORK_MODES, type RoleType, type WorkMode } from "@/lib/domain/application-fields";

type Params = Record<string, string | string[] | undefined>;
const one = (p: Params, k: string) => (typeof p[k] === "string" ? (p[k] as string) : undefined);

export function parseFilters(params: Params): { filters: BoardFilters; view: "board" | "table" } {
  const stage = one(params, "stage");
  const roleType = one(params, "roleType");
  const workMode = one(params, "workMode");
  const sort = one(params, "sort");
  const q = one(params, "q")?.trim().slice(0, 100);
  const filters: BoardFilters = {
    ...(isApplicationStage(stage) ? { stage } : {}),
    ...((ROLE_TYPES as readonly string[]).includes(roleType ?? "") ? { roleType: roleType as RoleType } : {}),
    ...((WORK_MODES as readonly string[]).includes(workMode ?? "") ? { workMode: workMode as WorkMode } : {}),
    ...(q ? { q } : {}),
    ...((SORT_KEYS as readonly string[]).includes(sort ?? "") ? { sort: sort as BoardFilters["sort"] } : {}),
    ...(one(params, "dir") === "desc" ? { dir: "desc" as const } : one(params, "dir") === "asc" ? { dir: "asc" as const } : {}),
  };
  return { filters, view: one(params, "view") === "table" ? "table" : "board" };
}
