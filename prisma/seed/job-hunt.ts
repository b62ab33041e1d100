// Demo data for the job-hunt toolkit (filled in by that feature).
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";

export async function seedJobHunt(_db: Db, _ctx: FoundationSeed): Promise<void> {}
