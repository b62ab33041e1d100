// Demo data for the learner journey (filled in by that feature).
import type { Db } from "../../lib/prisma-client";
import type { FoundationSeed } from "./types";

export async function seedLearnerJourney(_db: Db, _ctx: FoundationSeed): Promise<void> {}
