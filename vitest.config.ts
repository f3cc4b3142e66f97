import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

const alias = { "@": fileURLToPath(new URL("./src", import.meta.url)) };

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: ["src/**/*.test.ts", "test/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "**/*.fault.test.ts", "**/node_modules/**"],
          setupFiles: ["test/setup/unit-env.ts"],
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["src/**/*.integration.test.ts", "test/**/*.integration.test.ts", "scripts/**/*.integration.test.ts"],
          globalSetup: ["test/setup/integration-global-setup.ts"],
          setupFiles: ["test/setup/integration-env.ts"],
          // One throwaway database per run; files share it, so run them one at a time.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        resolve: { alias },
        test: {
          // Baton as child processes against throwaway Postgres and Redis that the tests kill and
          // restart (test/faults/support). Slow (minutes): `npm run test:faults`, not in `npm test`.
          name: "faults",
          include: ["test/faults/**/*.fault.test.ts"],
          globalSetup: ["test/faults/support/global-setup.ts"],
          // Each file starts its own Postgres, Redis and Baton processes: one at a time on 2 cores.
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 600_000,
        },
      },
    ],
  },
});
