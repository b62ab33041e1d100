// `npm run db:migrate`: apply pending SQL migrations to DATABASE_URL.
import { runMigrations } from "../lib/migrations/run-migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  process.exit(1);
}
runMigrations(url)
  .then(({ applied, alreadyApplied }) => {
    console.log(
      `[migrate] ${applied.length} applied${applied.length ? `: ${applied.join(", ")}` : ""}; ${alreadyApplied} already up to date`,
    );
  })
  .catch((error: Error) => {
    console.error(`[migrate] ${error.message}`);
    process.exit(1);
  });
