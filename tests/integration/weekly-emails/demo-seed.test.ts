// The demo's weekly emails: the demo advisor's next digest has learners newly at risk and
// learners who recovered (from the real roster against last week's seeded snapshot), and the
// demo learner, who turned the summary on, gets it.
import { describe, expect, it } from "vitest";
import { seedDemo, DEMO_ACCOUNTS } from "../../../prisma/seed-demo";
import { sendAdvisorDigests } from "@/lib/data/weekly-emails/advisor-digest";
import { sendLearnerSummaries } from "@/lib/data/weekly-emails/learner-summary";
import { sentMail } from "../../support/sent-mail";

const section = (text: string, heading: string) =>
  text
    .split("\n\n")
    .find((b) => b.startsWith(heading))
    ?.split("\n")
    .slice(1) ?? [];

describe("weekly emails in the demo", () => {
  it("gives the demo advisor a digest with newly at risk and recovered learners, and the demo learner a summary", async () => {
    await seedDemo(process.env.DATABASE_URL!);
    await sendAdvisorDigests(new Date());
    await sendLearnerSummaries(new Date());
    const mail = await sentMail();
    const [learner, advisor] = DEMO_ACCOUNTS.users;
    const digest = mail.find((m) => m.kind === "advisor-digest" && m.to === advisor.email);
    expect(digest).toBeDefined();
    expect(section(digest!.text, "Newly at risk:").length).toBeGreaterThan(0);
    expect(section(digest!.text, "Recovered").length).toBeGreaterThan(0);
    expect(mail.filter((m) => m.kind === "learner-summary").map((m) => m.to)).toEqual([learner.email]);
  }, 60_000);
});
