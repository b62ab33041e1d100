// The learner-import preview and its commit answer the same for an address that has a
// Chartpath account and one that does not: any signed-in user can create a program, so a
// difference would let them test thousands of addresses per request. Linking the account
// happens only when its owner accepts the invitation.
import { describe, expect, it } from "vitest";
import { sentMail } from "../../support/sent-mail";
import { db } from "@/lib/db";
import { acceptInvitation } from "@/lib/data/programs/invitations";
import { commitLearnerImport, previewLearnerImport } from "@/lib/data/programs/learner-import";
import { actorFor, createUser } from "../../support/factories";
import { programWorld } from "../../support/program-world";

const roster = (...emails: string[]) => `email,first name,last name,cohort\n${emails.map((e) => `${e},Pat,Doe,Coding Fall`).join("\n")}\n`;

describe("learner import does not reveal who has an account", () => {
  it("the preview rows and totals are identical for a registered and an unknown address", async () => {
    const w = await programWorld();
    const registered = await createUser({ email: "registered@example.test" });
    const preview = await previewLearnerImport(w.actors.admin, w.org.id, roster(registered.email, "stranger@example.test"), null);
    const [known, unknown] = preview.rows.map(({ rowNumber: _n, email: _e, ...rest }) => rest);
    expect(known).toEqual(unknown);
    expect(JSON.stringify(preview)).not.toMatch(/link|account/i);
  });

  it("the commit's totals do not count existing accounts apart; the owner links on acceptance", async () => {
    const w = await programWorld();
    const registered = await createUser({ email: "registered@example.test" });
    const totals = await commitLearnerImport(w.actors.admin, w.org.id, roster(registered.email, "stranger@example.test"), null, "skip");
    expect(totals).toMatchObject({ invited: 2, resent: 0, skipped: 0, notSent: [] });
    const sent = await sentMail();
    const [a, b] = sent.filter((m) => m.kind === "invitation");
    expect(a!.text.replace(a!.to, "").replace(/token=\S+/, "")).toBe(b!.text.replace(b!.to, "").replace(/token=\S+/, ""));
    expect(await db.cohortLearner.count({ where: { userId: registered.id } })).toBe(0);

    const token = sent.find((m) => m.to === registered.email)!.text.match(/token=([A-Za-z0-9_-]{43})/)![1]!;
    await acceptInvitation(actorFor(registered, ["learner"]), token, true);
    expect(await db.cohortLearner.count({ where: { userId: registered.id, cohortId: w.cohort.id } })).toBe(1);
  });
});
