// Builds a Prisma client over node-postgres. Used by lib/db.ts (the app's singleton) and by
// scripts/tests that run outside Next (which cannot import "server-only" modules).
import { createHash, randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

export function createPrismaClient(connectionString: string, max = 5) {
  const adapter = new PrismaPg(
    {
      connectionString,
      max,
      // Fail fast when the database is down instead of queueing requests forever.
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    },
    { statementNameGenerator },
  );
  return new PrismaClient({
    adapter,
    omit: {
      password: { hash: true },
      passwordResetToken: { tokenHash: true },
      signUpRequest: { tokenHash: true, passwordHash: true },
      invitation: { tokenHash: true },
      graduateSurvey: { tokenHash: true },
    },
  });
}

// Named statements are parsed once per connection and, after a few runs, Postgres reuses a
// generic plan instead of planning again: planning was most of the learner home statement's
// time (parse 0.4 ms, plan 1.1 ms, execute 0.35 ms). Names come from the SQL text, so the
// set of statements is the app's finite set of query shapes. The embedded default is a real
// PostgreSQL server too, so this holds everywhere (docs/decisions/0007-named-statements.md).
function statementNameGenerator(query: { sql: string }): string {
  return `cp_${createHash("sha1").update(query.sql).digest("base64url")}`;
}

export type Db = ReturnType<typeof createPrismaClient>;

/** The client inside an interactive transaction (same omit settings as Db). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

/** An id made before the row is written (to link rows inserted in bulk), in the same
 *  alphanumeric alphabet as Prisma's cuids, so the forms' id checks accept it. */
export function newRowId(): string {
  return randomUUID().replaceAll("-", "");
}
