// Builds the production app unless .next is newer than every source file.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

function newestSourceMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated" || entry.name.startsWith(".")) continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export function needsBuild(): boolean {
  const buildId = ".next/BUILD_ID";
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return ["app", "lib", "public", "proxy.ts", "next.config.mjs"].some(
    (p) => existsSync(p) && (statSync(p).isDirectory() ? newestSourceMtime(p) : statSync(p).mtimeMs) > built,
  );
}

/** Returns the build's exit status (0 when nothing needed building). */
export function buildIfNeeded(env: NodeJS.ProcessEnv = process.env): number {
  if (!needsBuild()) return 0;
  console.log("[chartpath] building the production app (first start takes a minute) …");
  return spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...env, NODE_ENV: "production" } }).status ?? 1;
}
