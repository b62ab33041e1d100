// Installs or upgrades pg-boss's schema and creates Chartpath's queues with their policies.
// Called by the migration runner after the app's own migrations, so `npm start`, the test
// template and `npm run db:migrate` all end with the same queues.
import PgBoss from "pg-boss";
import { QUEUE_SCHEMA, queuePolicies } from "@/lib/queue/definitions";

/** `env`: the installing process's environment (queue policy overrides); the defaults otherwise. */

export async function installQueues(connectionString: string, env?: NodeJS.ProcessEnv): Promise<void> {
  const boss = new PgBoss({ connectionString, schema: QUEUE_SCHEMA, max: 1, supervise: false, schedule: false, migrate: true });
  boss.on("error", () => undefined); // start() rejects with the same error; nothing runs after it
  await boss.start();
  try {
    const policies = Object.values(queuePolicies(env));
    // Dead-letter queues first: a queue's dead_letter must name an existing queue.
    for (const q of policies.sort((a, b) => Number("deadLetter" in a) - Number("deadLetter" in b))) {
      const { name, ...options } = q;
      await boss.createQueue(name, { name, ...options });
      await boss.updateQueue(name, { name, ...options });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
}
