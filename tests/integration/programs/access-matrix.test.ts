// Every program data operation × every kind of caller: only the permitted cells succeed;
// each denial is the specific refusal and writes nothing — a caller without the role gets
// AccessDeniedError (lib/data/access assertCan), one with the role but outside the
// organization or cohort gets NotFoundError (so it learns nothing about the rows).
import { describe, expect, it } from "vitest";
import { allowConsoleError } from "../../support/console-error-trap";
import { db } from "@/lib/db";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hasPermission, type Permission } from "@/lib/auth/permissions";
import { AccessDeniedError, NotFoundError } from "@/lib/data/errors";
import { createOrganization, getOrganizationOverview, updateOrganization } from "@/lib/data/programs/organizations";
import { changeStaffRole, inviteStaff, removeStaff } from "@/lib/data/programs/staff";
import {
  createCohort,
  getCohortForAdmin,
  setAdvisorAssignment,
  setCohortArchived,
  setJoinCode,
  updateCohort,
} from "@/lib/data/programs/cohorts";
import { commitLearnerImport, inviteLearner, previewLearnerImport } from "@/lib/data/programs/learner-import";
import { addLearnerNote, listNotesForStaff, openLearnerForStaff } from "@/lib/data/programs/learner-view";
import { getOutcomes } from "@/lib/data/programs/outcomes";
import { getRoster } from "@/lib/data/programs/roster";
import { programTableCounts, programWorld } from "../../support/program-world";

type World = Awaited<ReturnType<typeof programWorld>>;
type ActorKey = keyof World["actors"] | "anonymous";
const ACTORS: ActorKey[] = ["anonymous", "learner", "otherLearner", "advisor", "unassigned", "admin", "otherAdmin"];

const ANON = {
  id: "anon",
  email: "anon@example.test",
  name: "Anonymous",
  sessionVersion: 0,
  roles: [],
  isLearner: false,
  adminOrgIds: [],
  advisorOrgIds: [],
} as CurrentUser;
const csv = "email,first name,last name\nnew.person@example.test,New,Person\n";

const OPERATIONS: { name: string; permission: Permission; allowed: ActorKey[]; run: (a: CurrentUser, w: World) => Promise<unknown> }[] = [
  {
    name: "update organization",
    permission: "update:organization:org",
    allowed: ["admin"],
    run: (a, w) => updateOrganization(a, w.org.id, { name: "Renamed" }),
  },
  {
    name: "read organization overview",
    permission: "update:organization:org",
    allowed: ["admin"],
    run: (a, w) => getOrganizationOverview(a, w.org.id),
  },
  {
    name: "invite staff",
    permission: "manage:staff:org",
    allowed: ["admin"],
    run: (a, w) => inviteStaff(a, w.org.id, { email: "new.advisor@example.test", role: "ADVISOR" }),
  },
  {
    name: "change staff role",
    permission: "manage:staff:org",
    allowed: ["admin"],
    run: async (a, w) =>
      changeStaffRole(a, w.org.id, (await db.membership.findFirstOrThrow({ where: { userId: w.users.advisor.id } })).id, "ADMIN"),
  },
  {
    name: "remove staff",
    permission: "manage:staff:org",
    allowed: ["admin"],
    run: async (a, w) => removeStaff(a, w.org.id, (await db.membership.findFirstOrThrow({ where: { userId: w.users.unassigned.id } })).id),
  },
  {
    name: "create cohort",
    permission: "manage:cohort:org",
    allowed: ["admin"],
    run: (a, w) => createCohort(a, w.org.id, { name: "New", startDate: new Date("2026-03-01") }),
  },
  {
    name: "update cohort",
    permission: "manage:cohort:org",
    allowed: ["admin"],
    run: (a, w) => updateCohort(a, w.cohort.id, { name: "Edited", startDate: new Date("2026-01-05") }),
  },
  { name: "archive cohort", permission: "manage:cohort:org", allowed: ["admin"], run: (a, w) => setCohortArchived(a, w.cohort.id, true) },
  {
    name: "regenerate join code",
    permission: "manage:cohort:org",
    allowed: ["admin"],
    run: (a, w) => setJoinCode(a, w.cohort.id, "regenerate"),
  },
  {
    name: "assign advisor",
    permission: "manage:cohort:org",
    allowed: ["admin"],
    run: (a, w) => setAdvisorAssignment(a, w.otherCohort.id, w.users.unassigned.id, true),
  },
  { name: "read cohort page", permission: "manage:cohort:org", allowed: ["admin"], run: (a, w) => getCohortForAdmin(a, w.cohort.id) },
  {
    name: "invite learner",
    permission: "invite:learner:org",
    allowed: ["admin"],
    run: (a, w) => inviteLearner(a, w.cohort.id, { email: "someone@example.test", firstName: "Some" }),
  },
  {
    name: "preview import",
    permission: "invite:learner:org",
    allowed: ["admin"],
    run: (a, w) => previewLearnerImport(a, w.org.id, csv, w.cohort.id),
  },
  {
    name: "commit import",
    permission: "invite:learner:org",
    allowed: ["admin"],
    run: (a, w) => commitLearnerImport(a, w.org.id, csv, w.cohort.id, "skip"),
  },
  { name: "read outcomes", permission: "read:outcomes:org", allowed: ["admin"], run: (a, w) => getOutcomes(a, w.org.id) },
  {
    name: "open learner dashboard",
    permission: "read:learner-dashboard:cohort",
    allowed: ["admin", "advisor"],
    run: (a, w) => openLearnerForStaff(a, w.users.learner.id),
  },
  {
    name: "list learner notes",
    permission: "read:learner-dashboard:cohort",
    allowed: ["admin", "advisor"],
    run: (a, w) => listNotesForStaff(a, w.users.learner.id),
  },
  {
    name: "add learner note",
    permission: "create:learner-note:cohort",
    allowed: ["admin", "advisor"],
    run: (a, w) => addLearnerNote(a, { learnerId: w.users.learner.id, body: "Great progress", visibility: "SHARED", confirmPhi: false }),
  },
];

describe("program access matrix", () => {
  for (const op of OPERATIONS) {
    for (const key of ACTORS) {
      const allowed = op.allowed.includes(key);
      it(`${op.name} × ${key} → ${allowed ? "allowed" : "denied"}`, async () => {
        const w = await programWorld();
        const actor = key === "anonymous" ? ANON : w.actors[key];
        // The anonymous stand-in has no user row, so its denial cannot be audited; keep the log quiet.
        if (key === "anonymous") allowConsoleError();
        if (allowed) {
          await expect(op.run(actor, w)).resolves.not.toThrow();
        } else {
          const before = await programTableCounts();
          const expected = hasPermission(actor, op.permission) ? NotFoundError : AccessDeniedError;
          await expect(op.run(actor, w)).rejects.toBeInstanceOf(expected);
          const after = await programTableCounts();
          expect(after).toEqual(before);
        }
      });
    }
  }

  it("creating a program is open to any signed-in person, who becomes its admin", async () => {
    const w = await programWorld();
    const org = await createOrganization(w.actors.learner, { name: "My Bootcamp" });
    const m = await db.membership.findUniqueOrThrow({
      where: { organizationId_userId: { organizationId: org.id, userId: w.users.learner.id } },
    });
    expect(m.role).toBe("ADMIN");
    await expect(createOrganization(ANON, { name: "Nope" })).rejects.toBeInstanceOf(AccessDeniedError);
  });

  it("the roster shows an advisor only their assigned cohorts, an admin their org, others nothing", async () => {
    const w = await programWorld();
    const today = "2026-11-27";
    expect((await getRoster(w.actors.advisor, {}, today)).rows.map((r) => r.name)).toEqual(["Lena Learner"]);
    expect((await getRoster(w.actors.unassigned, {}, today)).rows).toEqual([]);
    expect((await getRoster(w.actors.admin, {}, today)).rows.map((r) => r.name)).toEqual(["Lena Learner"]);
    expect((await getRoster(w.actors.otherAdmin, {}, today)).rows.map((r) => r.name)).toEqual(["Olu Other"]);
    await expect(getRoster(w.actors.learner, {}, today)).rejects.toBeInstanceOf(AccessDeniedError);
  });
});
