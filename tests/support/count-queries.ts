// Counts the Prisma operations a read makes: installs a counting client as the app's
// `db` (lib/db.ts keeps its client on globalThis) for the duration of `fn`.
import { createPrismaClient } from "@/lib/prisma-client";

const holder = globalThis as unknown as { chartpathDb?: unknown };

export async function countQueries<T>(fn: () => Promise<T>): Promise<{ result: T; queries: number }> {
  const original = holder.chartpathDb;
  let queries = 0;
  const base = createPrismaClient(process.env.DATABASE_URL!, 4);
  holder.chartpathDb = base.$extends({
    query: {
      $allOperations: async ({ args, query }) => {
        queries += 1;
        return query(args);
      },
    },
  });
  try {
    return { result: await fn(), queries };
  } finally {
    holder.chartpathDb = original;
    await base.$disconnect();
  }
}
