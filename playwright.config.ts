import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests drive the production build in Debian's Chromium (Playwright downloads no browser here).
 * The server gets its own database file, created and migrated the same way `npm start` does it.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    command: `rm -f data/e2e.db data/e2e.db-wal data/e2e.db-shm && npm run db:migrate && npx next start -H 127.0.0.1 -p ${PORT}`,
    url: BASE_URL,
    timeout: 120_000,
    reuseExistingServer: false,
    // Every test uploads from 127.0.0.1: the upload limit is tested on a server of its own (e2e/intake.spec.ts).
    env: { DATABASE_URL: "file:./data/e2e.db", APP_URL: BASE_URL, NEXT_TELEMETRY_DISABLED: "1", UPLOAD_RATE_MAX: "100000" },
  },
});
