// `npm run db:seed`: load demo data into DATABASE_URL (explicit opt-in for real Postgres).
import { seedDemo } from "./seed-demo";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set");
  process.exit(1);
}
seedDemo(url).catch((error: Error) => {
  console.error(`[seed] ${error.message}`);
  process.exit(1);
});
