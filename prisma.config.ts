// Prisma CLI configuration. Runtime queries use the pg driver adapter (lib/db.ts);
// `prisma generate` needs no database, `prisma migrate deploy` (where the engine can be
// fetched) reads DATABASE_URL here and applies the same SQL files as scripts/migrate.ts.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres" },
});
