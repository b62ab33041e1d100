// The learner's program shortlist: concrete programs compared on the guide's criteria.
import "server-only";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { touchActivity } from "@/lib/data/activity";
import { NotFoundError, UserInputError } from "@/lib/data/errors";
import { nextVersion, saveAtVersion } from "@/lib/data/optimistic-lock";
import { unconfirmedPhiErrors, type PhiWording } from "@/lib/domain/phi-guard";
import { assertCan } from "@/lib/data/access";

const SHORTLIST_PHI: PhiWording = {
  field: (list) =>
    `This looks like patient information: ${list}. Chartpath keeps career data only — remove it, or tick the confirmation box if it is not patient data.`,
};

function assertNoUnconfirmedPhi(notes: string | null | undefined, confirmed: boolean): void {
  const phi = unconfirmedPhiErrors({ notes }, confirmed, SHORTLIST_PHI);
  if (phi) throw new UserInputError("This text may contain patient information.", phi);
}

export interface ShortlistInput {
  name: string;
  url?: string | null;
  routeCode?: string | null;
  accreditation?: string | null;
  instructorCredentials?: string | null;
  examPassRate?: number | null;
  placementRate?: number | null;
  externship?: boolean | null;
  placementHelp?: boolean | null;
  costUsd?: number | null;
  durationMonths?: number | null;
  notes?: string | null;
}

export const MAX_SHORTLIST = 12;

const SELECT = {
  id: true,
  name: true,
  url: true,
  routeCode: true,
  accreditation: true,
  instructorCredentials: true,
  examPassRate: true,
  placementRate: true,
  externship: true,
  placementHelp: true,
  costUsd: true,
  durationMonths: true,
  notes: true,
  version: true,
} as const;

export async function listShortlist(actor: CurrentUser | null) {
  assertCan(actor, "read:learner-journey:own");
  return db.shortlistedProgram.findMany({ where: { userId: actor.id }, orderBy: { createdAt: "asc" }, select: SELECT });
}

export type ShortlistedProgramView = Awaited<ReturnType<typeof listShortlist>>[number];

export async function addShortlistedProgram(actor: CurrentUser | null, input: ShortlistInput, confirmPhi = false) {
  assertCan(actor, "update:shortlist:own");
  assertNoUnconfirmedPhi(input.notes, confirmPhi);
  const count = await db.shortlistedProgram.count({ where: { userId: actor.id } });
  if (count >= MAX_SHORTLIST) throw new UserInputError(`A shortlist holds up to ${MAX_SHORTLIST} programs; remove one first.`);
  const row = await db.shortlistedProgram.create({ data: { ...input, userId: actor.id }, select: SELECT });
  await touchActivity(actor.id);
  return row;
}

/** `version` is the one the learner's form was loaded with: a newer save is never silently overwritten. */
export async function updateShortlistedProgram(
  actor: CurrentUser | null,
  id: string,
  input: ShortlistInput,
  version: number,
  confirmPhi = false,
) {
  assertCan(actor, "update:shortlist:own");
  assertNoUnconfirmedPhi(input.notes, confirmPhi);
  await saveAtVersion({
    write: () => db.shortlistedProgram.updateMany({ where: { id, userId: actor.id, version }, data: { ...input, version: nextVersion } }),
    current: () => db.shortlistedProgram.findFirst({ where: { id, userId: actor.id }, select: SELECT }),
    notFound: "That program is not on your shortlist.",
    conflict: "This program was changed in another tab or window since you opened it. Reload to see the latest version, then edit again.",
  });
  await touchActivity(actor.id);
}

export async function deleteShortlistedProgram(actor: CurrentUser | null, id: string) {
  assertCan(actor, "update:shortlist:own");
  const { count } = await db.shortlistedProgram.deleteMany({ where: { id, userId: actor.id } });
  if (count === 0) throw new NotFoundError("That program is not on your shortlist.");
  await touchActivity(actor.id);
}
