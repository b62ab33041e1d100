// One person's weekly email failing does not hold up everyone after them: the rest are sent,
// the failure is logged, and the job fails afterwards so its retry reaches that person.
import { describe, expect, it } from "vitest";
import { forEachPerson } from "@/lib/data/weekly-emails/week-record";
import { allowConsoleError } from "../../support/console-error-trap";

describe("forEachPerson", () => {
  it("runs everyone, then fails the job naming how many failed", async () => {
    const logged = allowConsoleError();
    const ran: string[] = [];
    const people = [{ id: "a" }, { id: "b" }, { id: "c" }];
    await expect(
      forEachPerson("ADVISOR_DIGEST", people, async (p) => {
        ran.push(p.id);
        if (p.id === "b") throw new Error("roster read failed");
        return p.id === "a";
      }),
    ).rejects.toThrow("ADVISOR_DIGEST: 1 of 3 failed (1 sent); retrying those");
    expect(ran).toEqual(["a", "b", "c"]);
    expect(logged.length).toBeGreaterThan(0);
  });

  it("returns how many were sent when nobody failed", async () => {
    await expect(forEachPerson("LEARNER_SUMMARY", [{ id: "a" }, { id: "b" }], async (p) => p.id === "b")).resolves.toBe(1);
  });
});
