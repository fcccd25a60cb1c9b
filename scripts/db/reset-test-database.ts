/** Empties and migrates the test database a URL names (the Playwright servers and the instance benchmark use it). */
import { resetTestDatabase } from "../../lib/db/test-database";

const url = process.argv[2];
if (!url) {
  console.error("Usage: npm run db:reset-test -- DATABASE_URL");
  process.exit(2);
}
await resetTestDatabase(url);
