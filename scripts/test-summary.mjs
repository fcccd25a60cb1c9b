// Prints one line per run and a closing line over all of them, in the plain "N passed, N failed, N skipped" form.
// A run whose report is missing (it crashed before writing one) counts as one failure.
import { existsSync, readFileSync } from "node:fs";

const RUNS = [
  ["unit, SQLite", "test-reports/vitest.json", "vitest"],
  ["database unit, PostgreSQL", "test-reports/vitest-postgresql.json", "vitest"],
  ["browser, SQLite", "test-reports/playwright.json", "playwright"],
  ["browser, PostgreSQL", "test-reports/playwright-postgresql.json", "playwright"],
];

function count(file, kind) {
  if (!existsSync(file)) return { passed: 0, failed: 1, skipped: 0 };
  const report = JSON.parse(readFileSync(file, "utf8"));
  if (kind === "vitest") {
    return { passed: report.numPassedTests, failed: report.numFailedTests, skipped: report.numPendingTests + report.numTodoTests };
  }
  const { expected = 0, flaky = 0, unexpected = 0, skipped = 0 } = report.stats ?? {};
  return { passed: expected + flaky, failed: unexpected, skipped };
}

const total = { passed: 0, failed: 0, skipped: 0 };
for (const [name, file, kind] of RUNS) {
  const run = count(file, kind);
  for (const key of Object.keys(total)) total[key] += run[key];
  console.log(`${name}: ${run.passed} passed, ${run.failed} failed, ${run.skipped} skipped`);
}
console.log(`total: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
