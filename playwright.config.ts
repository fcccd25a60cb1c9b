import { defineConfig, devices } from "@playwright/test";
import { E2E_DATABASE_URL, E2E_PORT as PORT, serverSecret } from "./e2e/servers";
import { CHROMIUM_LAUNCH } from "./scripts/lib/chromium";

const BASE_URL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests drive the production build in Debian's Chromium (Playwright downloads no browser here).
 * The server gets its own database (a SQLite file, or with E2E_DATABASE_URL a PostgreSQL database), emptied and
 * migrated the same way a fresh `npm start` finds it.
 */
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // A whole flow (upload, report, new version, export) runs for tens of seconds on two busy cores; the timeout is
  // for a hang, not a speed check (speed lives in the bench scripts).
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: [["list"]],
  use: {
    baseURL: BASE_URL,
    trace: "retain-on-failure",
    ...devices["Desktop Chrome"],
    launchOptions: CHROMIUM_LAUNCH,
  },
  webServer: {
    command: `npm run --silent db:reset-test -- '${E2E_DATABASE_URL}' && node scripts/next-server.mjs -H 127.0.0.1 -p ${PORT}`,
    url: BASE_URL,
    timeout: 120_000,
    reuseExistingServer: false,
    // Every test uploads and signs coaches up from 127.0.0.1: the limits are tested on servers of their own
    // (e2e/intake.spec.ts, e2e/client-address.spec.ts).
    env: {
      DATABASE_URL: E2E_DATABASE_URL,
      ...serverSecret(E2E_DATABASE_URL),
      APP_URL: BASE_URL,
      NEXT_TELEMETRY_DISABLED: "1",
      UPLOAD_RATE_MAX: "100000",
      SIGN_UP_MAX_PER_MINUTE: "100000",
    },
  },
});
