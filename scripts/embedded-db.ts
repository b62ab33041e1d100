// Starts the embedded Postgres: a pglite-server child process on a free loopback port,
// storing data under <dataDir>/pglite. See docs/decisions/0001-embedded-database.md.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { EMBEDDED_APPLICATION_NAME } from "../lib/embedded-db-url";

export interface EmbeddedDb {
  url: string;
  port: number;
  process: ChildProcess;
  stop(): Promise<void>;
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

async function waitForDatabase(url: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`pglite-server exited with code ${child.exitCode}`);
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    try {
      await client.connect();
      await client.query("SELECT 1");
      await client.end();
      return;
    } catch (error) {
      lastError = error;
      await client.end().catch(() => undefined);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  throw new Error(`Embedded database did not start: ${(lastError as Error)?.message ?? "timeout"}`);
}

export async function startEmbeddedDb(dataDir: string, options: { port?: number; quiet?: boolean } = {}): Promise<EmbeddedDb> {
  const dbDir = path.resolve(dataDir, "pglite");
  mkdirSync(dbDir, { recursive: true }); // PGlite does not create missing parents.
  const port = options.port ?? (await freePort());
  const bin = path.resolve("node_modules/.bin/pglite-server");
  // The app pool (5) + seed/migrate clients must stay under this limit.
  const child = spawn(bin, [`--db=${dbDir}`, `--port=${port}`, "--host=127.0.0.1", "--max-connections=40"], {
    stdio: options.quiet ? "ignore" : ["ignore", "inherit", "inherit"],
  });
  const url = `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable&application_name=${EMBEDDED_APPLICATION_NAME}`;
  await waitForDatabase(url, child);
  return {
    url,
    port,
    process: child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM"); // lets PGlite flush and close cleanly
        setTimeout(() => child.kill("SIGKILL"), 10_000).unref();
      }),
  };
}
