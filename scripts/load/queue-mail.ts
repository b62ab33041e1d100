// Child of `npm run test:load`: queues email through the app's own path (an outbox row and a
// delivery job per message, in one transaction per batch) at a steady rate while the HTTP load
// runs, so the report can give queued-to-delivered latency under that load. Env: DATABASE_URL,
// AUTH_SECRET, MAIL_SECONDS, MAIL_PER_SECOND. Prints the number queued.
import { db } from "@/lib/db";
import { queueEmails } from "@/lib/email/send-email";

const seconds = Number(process.env.MAIL_SECONDS ?? 60);
const perSecond = Number(process.env.MAIL_PER_SECOND ?? 10);
const BATCH = 5;
let queued = 0;
const end = Date.now() + seconds * 1000;
while (Date.now() < end) {
  const started = Date.now();
  const to = Array.from({ length: BATCH }, () => `load-${queued++}@load.test`);
  await db.$transaction((tx) =>
    queueEmails(
      tx,
      to.map((t) => ({ to: t, subject: "Load", text: "Queued under load", kind: "load" })),
    ),
  );
  await new Promise((r) => setTimeout(r, Math.max(0, (1000 * BATCH) / perSecond - (Date.now() - started))));
}
console.log(queued);
await db.$disconnect();
