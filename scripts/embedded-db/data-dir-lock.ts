// One Chartpath process per data folder. Two `npm start`s on one folder would otherwise
// race to stop and start the same cluster. The lock file holds the owner's pid and its
// kernel start time, so a pid reused after a crash or reboot is not mistaken for an owner.
import { openSync, readFileSync, rmSync, writeSync, closeSync } from "node:fs";
import path from "node:path";
import { EmbeddedDbError } from "./errors";

interface Owner {
  pid: number;
  started: string;
}

/** Field 22 of /proc/<pid>/stat: start time in clock ticks since boot ("" off Linux). */
export function processStartTime(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19];
  } catch {
    return process.platform === "linux" ? undefined : "";
  }
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): Owner | undefined {
  try {
    const [pid, started] = readFileSync(file, "utf8").trim().split(" ");
    return pid ? { pid: Number(pid), started: started ?? "" } : undefined;
  } catch {
    return undefined;
  }
}

function ownerIsRunning(owner: Owner): boolean {
  if (!isAlive(owner.pid)) return false;
  const started = processStartTime(owner.pid);
  return started === undefined ? false : started === owner.started;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Takes the folder's lock (waiting briefly for an owner that is shutting down); returns its release. */
export async function lockDataDir(dataDir: string, waitMs = 8_000): Promise<() => void> {
  const file = path.join(dataDir, "chartpath.lock");
  const me = `${process.pid} ${processStartTime(process.pid) ?? ""}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      const fd = openSync(file, "wx", 0o600);
      writeSync(fd, me);
      closeSync(fd);
      return () => {
        if (readOwner(file)?.pid === process.pid) rmSync(file, { force: true });
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw new EmbeddedDbError(
          `Cannot write to the data folder ${dataDir} (${(error as Error).message}). Make it writable, or set CHARTPATH_DATA_DIR to a folder you can write.`,
        );
      }
    }
    const owner = readOwner(file);
    if (owner && ownerIsRunning(owner)) {
      if (Date.now() < deadline) {
        await sleep(250);
        continue;
      }
      throw new EmbeddedDbError(
        `Another Chartpath (process ${owner.pid}) is using the data folder ${dataDir}. Stop it first, or start this one with CHARTPATH_DATA_DIR set to another folder.`,
      );
    }
    rmSync(file, { force: true }); // left by a process that is gone
  }
}
