// One PHI check (lib/domain/phi-guard.ts) behind every free-text save: staff notes, shortlist
// notes and job-hunt text each refuse likely patient identifiers beside the field, name each
// kind the same way, list at most five (masked), store nothing, and save once confirmed.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { addLearnerNote } from "@/lib/data/programs/learner-view";
import { addShortlistedProgram } from "@/lib/data/learner/shortlist";
import { createApplication } from "@/lib/data/job-hunt/applications";
import { programWorld } from "../../support/program-world";
import { FIELDS } from "../job-hunt/support";

// An MBI plus six SSNs: seven high-severity findings.
const PHI = `Patient MBI 1EG4-TE5-MK72. ${["123-45-6781", "123-45-6782", "123-45-6783", "123-45-6784", "123-45-6785", "123-45-6786"].join(", ")}`;

async function fieldErrorsOf(run: () => Promise<unknown>): Promise<Record<string, string[]>> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: "UserInputError" });
  return (error as { fieldErrors: Record<string, string[]> }).fieldErrors;
}

function expectListed(message: string | undefined) {
  expect(message).toMatch(/Medicare number \(MBI\)/);
  expect(message).not.toMatch(/1EG4-TE5-MK72/);
  expect(message?.match(/Social Security number/g)).toHaveLength(4);
}

describe("the PHI check", () => {
  it("refuses the same findings the same way at every call site, keeping each site's wording", async () => {
    const w = await programWorld();
    const note = await fieldErrorsOf(() =>
      addLearnerNote(w.actors.advisor, { learnerId: w.users.learner.id, body: PHI, visibility: "SHARED", confirmPhi: false }),
    );
    expect(note.body?.[0]).toMatch(/^This note may contain patient information: .*tick the box to confirm it is not patient data\.$/);
    expectListed(note.body?.[0]);

    const shortlist = await fieldErrorsOf(() => addShortlistedProgram(w.actors.learner, { name: "Lakeside Online", notes: PHI }, false));
    expect(shortlist.notes?.[0]).toMatch(/^This looks like patient information: .*Chartpath keeps career data only/);
    expectListed(shortlist.notes?.[0]);

    const application = await fieldErrorsOf(() => createApplication(w.actors.learner, { ...FIELDS, notes: PHI }, { confirmPhi: false }));
    expect(application.confirmPhi).toEqual(["Tick to save anyway if this is not real patient data."]);
    expectListed(application.notes?.[0]);

    expect([await db.learnerNote.count(), await db.shortlistedProgram.count(), await db.jobApplication.count()]).toEqual([0, 0, 0]);

    await addLearnerNote(w.actors.advisor, { learnerId: w.users.learner.id, body: PHI, visibility: "SHARED", confirmPhi: true });
    await addShortlistedProgram(w.actors.learner, { name: "Lakeside Online", notes: PHI }, true);
    await createApplication(w.actors.learner, { ...FIELDS, notes: PHI }, { confirmPhi: true });
    expect([await db.learnerNote.count(), await db.shortlistedProgram.count(), await db.jobApplication.count()]).toEqual([1, 1, 1]);
  });
});
