// Builds a Prisma client over node-postgres. Used by lib/db.ts (the app's singleton) and by
// scripts/tests that run outside Next (which cannot import "server-only" modules).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 5) {
  const adapter = new PrismaPg({
    connectionString,
    max,
    // Fail fast when the database is down instead of queueing requests forever.
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  return new PrismaClient({
    adapter,
    omit: {
      password: { hash: true },
      passwordResetToken: { tokenHash: true },
      signUpRequest: { tokenHash: true, passwordHash: true },
      invitation: { tokenHash: true },
    },
  });
}

export type Db = ReturnType<typeof createPrismaClient>;

/** The client inside an interactive transaction (same omit settings as Db). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
