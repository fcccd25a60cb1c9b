import { defineConfig } from "vitest/config";
import { fromRoot, TEST_DATABASE_URL } from "./lib/paths";

export default defineConfig({
  resolve: {
    alias: {
      "@": fromRoot(),
      // Queries import "server-only" to keep them out of client bundles; tests run them on the server side.
      "server-only": fromRoot("node_modules", "server-only", "empty.js"),
    },
  },
  test: {
    include: ["lib/**/*.test.ts", "scripts/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    testTimeout: 60_000,
    // Setup reads resumes through the parser pool, whose workers start slowly on a busy machine.
    hookTimeout: 60_000,
    // lib/db tests share one migrated database; each test makes its own rows. The test command's PostgreSQL run
    // points TEST_DATABASE_URL at its own server.
    env: { DATABASE_URL: TEST_DATABASE_URL },
    globalSetup: ["./lib/db/test-database.ts"],
  },
});
