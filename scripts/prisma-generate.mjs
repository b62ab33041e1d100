// Runs `prisma generate` offline: the generator never executes the schema engine,
// but Prisma insists the variable point at an existing file, else it tries to download one.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

if (!existsSync("prisma/schema.prisma")) process.exit(0);
const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= "/dev/null";
const result = spawnSync("node_modules/.bin/prisma", ["generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
