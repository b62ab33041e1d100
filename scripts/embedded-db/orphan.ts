// A postmaster left running on the data folder by a Chartpath that did not exit cleanly
// (only possible where setpriv's parent-death signal is unavailable, or if postgres was
// started by hand). We hold the folder's lock, so no live Chartpath owns it: stop it with a
// fast shutdown (every committed write is already durable) before starting our own.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { isAlive } from "./data-dir-lock";

function cmdline(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").replaceAll("\0", " ");
  } catch {
    return "";
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await sleep(100);
  }
  return !isAlive(pid);
}

/** Returns a note for the log when it had to act, otherwise undefined. */
export async function clearLeftoverPostmaster(pgdata: string): Promise<string | undefined> {
  const pidFile = path.join(pgdata, "postmaster.pid");
  let pid: number;
  try {
    pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
  // A dead pid is left to postgres itself: it also checks that no old backend still holds
  // the shared memory the file names. A live pid that is not a postgres process is the pid
  // reused after a crash or reboot; postgres would refuse to start over it.
  if (!(pid > 0) || !isAlive(pid)) return undefined;
  const command = cmdline(pid);
  if (!/\bpostgres\b/.test(command)) {
    rmSync(pidFile, { force: true });
    return undefined;
  }
  if (!command.includes(pgdata)) return undefined; // not ours: postgres will refuse with its own message
  for (const signal of ["SIGINT", "SIGQUIT", "SIGKILL"] as const) {
    try {
      process.kill(pid, signal);
    } catch {
      break;
    }
    if (await waitForExit(pid, signal === "SIGINT" ? 20_000 : 5_000)) break;
  }
  return `stopped an embedded PostgreSQL (process ${pid}) left running on this folder by an earlier start`;
}
