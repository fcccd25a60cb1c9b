import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { GENAI_RESUME, expect, test } from "./fixtures";
import { reportSchema } from "../lib/report/schema";
import { E2E_DATABASE_URL } from "./servers";

/**
 * `npm run market:import` adds a snapshot to the running app's database: new reports use it, old ones keep theirs.
 * The imported copy differs from the bundled snapshot only in its id, so tests running beside this one see the
 * same figures either way.
 */
test("an imported snapshot is used by new reports while old reports keep theirs", async ({ page, upload }) => {
  await upload.open();
  await upload.pasteText(GENAI_RESUME);
  await upload.expectReport();
  const oldUrl = page.url();

  const bundled = JSON.parse(readFileSync(path.join("data", "market", "ai-engineer-2026-06.json"), "utf8"));
  const id = `e2e-import-${Date.now()}`;
  const file = path.join(tmpdir(), `${id}.json`);
  writeFileSync(file, JSON.stringify({ ...bundled, id }));
  const output = execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/market-import.ts", file], {
    env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
    encoding: "utf8",
  });
  expect(output).toContain(`Added market snapshot ${id}`);

  // An invalid file is refused with the field that is wrong, and adds nothing.
  writeFileSync(file, JSON.stringify({ ...bundled, id: `${id}-bad`, postings: -1 }));
  let refused = "";
  try {
    execFileSync("npx", ["tsx", "--conditions=react-server", "scripts/market-import.ts", file], {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE_URL },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (error) {
    refused = String((error as { stderr?: string }).stderr);
  }
  expect(refused).toContain("postings:");

  await upload.open();
  await upload.pasteText(GENAI_RESUME);
  await upload.expectReport();
  const fresh = reportSchema.parse(await (await page.request.get(`${page.url()}/export`)).json());
  expect(fresh.snapshot.id).toBe(id);

  const response = await page.goto(oldUrl);
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("tier")).toContainText("$140,000");
  const old = reportSchema.parse(await (await page.request.get(`${oldUrl}/export`)).json());
  expect(old.snapshot.id).toBe("ai-engineer-2026-06");
});
