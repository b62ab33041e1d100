// Two projects: fast pure unit tests, and integration tests against real Postgres
// (a database per worker, see tests/support/integration-setup.ts).
import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));
const alias = {
  "@/": root,
  // "server-only" throws outside React Server Components; tests import server modules directly.
  "server-only": fileURLToPath(new URL("./tests/support/empty-module.ts", import.meta.url)),
};

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts", "lib/**/*.test.ts"],
          environment: "node",
          setupFiles: ["tests/support/console-error-trap.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // next-auth imports "next/server" without an extension, which Node's ESM loader
          // rejects; letting Vite resolve it lets tests drive the real Auth.js sign-in.
          server: { deps: { inline: ["next-auth"] } },
          globalSetup: ["tests/support/integration-global-setup.ts"],
          setupFiles: ["tests/support/integration-setup.ts", "tests/support/console-error-trap.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          maxWorkers: 2,
        },
      },
      {
        resolve: { alias },
        test: {
          name: "bench",
          include: ["tests/bench/**/*.bench.test.ts"],
          environment: "node",
          testTimeout: 600_000,
        },
      },
    ],
  },
});
