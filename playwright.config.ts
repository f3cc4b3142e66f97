import { defineConfig } from "@playwright/test";
import { testEnv } from "./test/setup/test-env";

// End-to-end tests drive Debian's Chromium against a production build of Baton, started by
// test/e2e/server.ts on its own database (baton_e2e) and Redis prefix.
const PORT = 3100;
export const E2E_ENV = testEnv({
  NODE_ENV: "production",
  PORT: String(PORT),
  PUBLIC_URL: `http://localhost:${PORT}`,
  DATABASE_URL: testEnv().DATABASE_URL!.replace(/\/[^/]+$/, "/baton_e2e"),
  REDIS_PREFIX: "baton-e2e",
  RUN_WORKER_IN_WEB: "true",
  // The specs simulate distinct visitors behind a proxy with X-Forwarded-For.
  TRUST_PROXY: "true",
  LOG_LEVEL: "warn",
});

export default defineConfig({
  testDir: "test/e2e",
  testMatch: "**/*.spec.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--no-first-run",
      ],
    },
  },
  webServer: {
    // Build once, then serve; the build takes a minute or two on a small machine.
    command: "npm run build && npx tsx test/e2e/server.ts",
    url: `http://localhost:${PORT}/api/health`,
    env: E2E_ENV,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
  },
});
