/**
 * npm run bench:instances — load on two app instances sharing one PostgreSQL database, as behind a load balancer.
 * Starts two `next start` processes on a fresh database (BENCH_DATABASE_URL; scripts/bench-instances.sh makes a
 * throwaway server when it is unset), then sends uploads over HTTP exactly as a browser without JavaScript submits
 * the upload form (the form's own hidden fields, a fresh one-time key, a PDF), alternating between the instances.
 * Prints saved, failed by status, latency p50/p95 and the rows in the database afterwards.
 * Options: --uploads 2000 --concurrency 32 --ports 3201,3202. Needs `npx next build` first.
 */
import { randomUUID } from "node:crypto";
import { parseArgs } from "node:util";
import pg from "pg";
import { GENAI_RESUME } from "../e2e/fixtures";
import { resetTestDatabase } from "../lib/db/test-database";
import { textPdf } from "../lib/eval/testing/make-files";
import { newToken } from "../lib/tokens";
import { unescapeHtml } from "./bench/upload-client";
import { type ProductionServer, startProductionServer } from "./lib/production-server";

const { values } = parseArgs({
  options: {
    uploads: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "32" },
    ports: { type: "string", default: "3201,3202" },
  },
});
const uploads = Number(values.uploads);
const concurrency = Number(values.concurrency);
const ports = String(values.ports).split(",").map(Number);
const database = process.env.BENCH_DATABASE_URL ?? "";
if (!database.startsWith("postgres")) {
  console.error("Set BENCH_DATABASE_URL to a PostgreSQL database whose name says bench, or run it through npm run bench:instances.");
  process.exit(2);
}

const servers: ProductionServer[] = [];
function stopServers() {
  for (const server of servers) server.kill();
}
process.on("exit", stopServers);
process.on("SIGINT", () => process.exit(130));

async function startInstance(port: number, secret: string): Promise<string> {
  const server = await startProductionServer({
    port,
    database,
    // Every upload comes from 127.0.0.1: the limit is still taken, on one hot row, but never refuses.
    env: { BETTER_AUTH_SECRET: secret, UPLOAD_RATE_MAX: "10000000" },
    showErrors: true,
  });
  servers.push(server);
  return server.origin;
}

/** The upload form's hidden fields as the server rendered them: what a browser would send back. */
async function formFields(origin: string): Promise<[string, string][]> {
  const html = await (await fetch(origin)).text();
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1] ?? "";
  return [...form.matchAll(/<input[^>]*type="hidden"[^>]*>/g)].map(([tag]) => [
    unescapeHtml(tag.match(/name="([^"]*)"/)?.[1] ?? ""),
    unescapeHtml(tag.match(/value="([^"]*)"/)?.[1] ?? ""),
  ]);
}

async function countRows(): Promise<{ reports: number; keys: number }> {
  const client = new pg.Client({ connectionString: database });
  await client.connect();
  try {
    const { rows } = await client.query<{ reports: string; keys: string }>(
      `SELECT count(*) AS reports, count(DISTINCT "uploadKey") AS keys FROM "Report"`,
    );
    return { reports: Number(rows[0]?.reports), keys: Number(rows[0]?.keys) };
  } finally {
    await client.end();
  }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

console.log(`Resetting ${new URL(database).pathname.slice(1)} and starting ${ports.length} instances…`);
await resetTestDatabase(database);
const secret = newToken(48);
const origins = await Promise.all(ports.map((port) => startInstance(port, secret)));
const fields = await Promise.all(origins.map(formFields));
const pdf = new Blob([Buffer.from(await textPdf(GENAI_RESUME))], { type: "application/pdf" });

const failures = new Map<string, number>();
const latencies: number[] = [];
const savedBy = origins.map(() => 0);
let saved = 0;
let next = 0;

async function uploadOnce(index: number) {
  const instance = index % origins.length;
  const origin = origins[instance]!;
  const body = new FormData();
  for (const [name, value] of fields[instance]!) if (name !== "uploadKey") body.append(name, value);
  body.append("uploadKey", randomUUID());
  body.append("file", pdf, "resume.pdf");
  body.append("text", "");
  const started = performance.now();
  try {
    const response = await fetch(`${origin}/`, { method: "POST", body, redirect: "manual", headers: { origin } });
    const html = await response.text();
    latencies.push(performance.now() - started);
    if (response.status === 303 && /\/reports\/[\w-]{22}$/.test(response.headers.get("location") ?? "")) {
      saved++;
      savedBy[instance]!++;
      return;
    }
    const code = html.match(/data-error-code="([^"]+)"/)?.[1];
    const key = code ? `${response.status} ${code}` : String(response.status);
    failures.set(key, (failures.get(key) ?? 0) + 1);
  } catch (error) {
    latencies.push(performance.now() - started);
    const key = `network ${(error as Error).cause ? String((error as { cause: { code?: string } }).cause.code) : (error as Error).message}`;
    failures.set(key, (failures.get(key) ?? 0) + 1);
  }
}

console.log(`Sending ${uploads} uploads of a one-page PDF at concurrency ${concurrency} across ${origins.join(" and ")}…`);
const began = performance.now();
await Promise.all(
  Array.from({ length: concurrency }, async () => {
    while (next < uploads) await uploadOnce(next++);
  }),
);
const seconds = (performance.now() - began) / 1000;
const rows = await countRows();
latencies.sort((a, b) => a - b);
const failed = uploads - saved;
const serverErrors = [...failures].filter(([key]) => key.startsWith("5")).reduce((sum, [, n]) => sum + n, 0);

console.log(
  `saved:   ${saved} of ${uploads} (${((100 * saved) / uploads).toFixed(1)} %; ${savedBy.map((n, i) => `${n} on ${origins[i]}`).join(", ")})`,
);
console.log(
  `failed:  ${failed}${failures.size ? ` (${[...failures].map(([key, n]) => `${key}: ${n}`).join(", ")})` : ""}; server errors: ${serverErrors}`,
);
console.log(
  `latency: p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${percentile(latencies, 95).toFixed(0)} ms; ${(uploads / seconds).toFixed(1)} uploads/s over ${seconds.toFixed(1)} s`,
);
console.log(
  `rows:    ${rows.reports} reports, ${rows.keys} distinct upload keys, ${rows.reports - rows.keys} duplicates; ${rows.reports - saved} more than saved`,
);
stopServers();
process.exit(saved === uploads && rows.reports === saved && rows.keys === saved ? 0 : 1);
