// Runs before each integration test file: points the app's env at this worker's database,
// empties it before every test, and mocks the Next request-scoped APIs the data layer uses.
import { afterAll, beforeEach, vi } from "vitest";
import { baseTestUrl, truncateAll, workerDatabaseUrl } from "./test-database";

const url = await workerDatabaseUrl(baseTestUrl(), process.env.VITEST_POOL_ID ?? "1");
process.env.DATABASE_URL = url;
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret-0123";
process.env.APP_URL = "http://localhost:3999";
process.env.DEMO_MODE = "true";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn(), unstable_cache: <T>(fn: T) => fn }));

beforeEach(async () => {
  await truncateAll(url);
});

afterAll(async () => {
  const holder = globalThis as unknown as { chartpathDb?: { $disconnect(): Promise<void> } };
  await holder.chartpathDb?.$disconnect();
  holder.chartpathDb = undefined;
});
