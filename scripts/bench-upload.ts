/**
 * npm run bench:upload [-- --uploads N] [--port P] [--cpu-prof DIR] [--report-page]
 *
 * Uploads one PDF through the home page's server action of a production server (built if needed, on a throwaway
 * SQLite file) at 1, 4 and 16 at a time, and divides every figure by pdf.js `getText` of the same bytes measured
 * in the same run: the machines this runs on are shared, so ratios are the figures, milliseconds only context.
 * `--cpu-prof DIR` starts the server under `node --cpu-prof` and leaves its profiles in DIR.
 * `--report-page` measures only figure 5 (the report page against the not-found page), after one upload.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readSnapshotFile, BUNDLED_SNAPSHOT_PATH } from "../lib/market/load";
import { analyze } from "../lib/report/analyze";
import { readerOptions } from "../lib/reader-options";
import { closeSharedParsePool } from "../lib/resume/pool";
import { readResume } from "../lib/resume/read";
import { newToken } from "../lib/tokens";
import { filesReader, measureFloor } from "./bench/floor";
import { type BenchServer, ensureBuild, removeDatabase, startServer } from "./bench/server";
import { closedLoop, Lane, percentile, readUploadForm } from "./bench/upload-client";
import { SHARED_RESUME_FIXTURES } from "../lib/paths";

const { values } = parseArgs({
  options: {
    uploads: { type: "string", default: "208" },
    port: { type: "string", default: "3140" },
    "cpu-prof": { type: "string" },
    "report-page": { type: "boolean" },
  },
});
const FIXTURES = SHARED_RESUME_FIXTURES;
const FILE = path.join(FIXTURES, "resume-matcher-harvey-dent-mle.pdf");
if (!existsSync(FILE)) {
  console.error(`bench:upload needs ${FILE} (the shared resume fixtures, checked out beside the repository).`);
  process.exit(2);
}
const bytes = new Uint8Array(readFileSync(FILE));
const median = (xs: number[]) => percentile(xs, 0.5);
const fixed = (value: number, digits = 2) => value.toFixed(digits);

/**
 * Figure 4: read + analyze of every text-layer fixture in this process (parse pool included), against one worker's
 * raw getText of them. Rounds alternate so that load from other processes falls on both; CPU time is the figure.
 */
async function inProcessRatio() {
  const labelled = (JSON.parse(readFileSync(path.join(FIXTURES, "labels.json"), "utf8")) as { file: string }[]).map((entry) => entry.file);
  const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
  const files: Uint8Array[] = [];
  for (const name of labelled) {
    const file = new Uint8Array(readFileSync(path.join(FIXTURES, name)));
    const ok = await readResume({ kind: "file", bytes: file }, readerOptions({ ocr: false })).then(
      () => true,
      () => false,
    );
    if (ok) files.push(file);
  }
  const raw = filesReader(files);
  await raw.readAll();
  const analysis = { ms: [] as number[], cpuMs: [] as number[] };
  const getText = { ms: [] as number[], cpuMs: [] as number[] };
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    const cpu = process.cpuUsage();
    for (const file of files) analyze(await readResume({ kind: "file", bytes: file }, readerOptions({ ocr: false })), snapshot);
    const used = process.cpuUsage(cpu);
    analysis.ms.push(performance.now() - start);
    analysis.cpuMs.push((used.user + used.system) / 1000);
    const once = await raw.readAll();
    getText.ms.push(once.ms);
    getText.cpuMs.push(once.cpuMs);
  }
  await raw.close();
  await closeSharedParsePool();
  return {
    count: files.length,
    cpuRatio: median(analysis.cpuMs) / median(getText.cpuMs),
    analysisMs: median(analysis.ms),
    rawMs: median(getText.ms),
  };
}

/**
 * Figure 5: the owner's report page against the not-found page the same route answers for an unknown id, both at
 * 16 at a time, best of two rounds each.
 */
async function measureReportPage(owner: Lane) {
  const { reportId } = await owner.upload();
  const reportPath = `/reports/${reportId}`;
  const html = await owner.get(reportPath);
  const rsc = await owner.get(reportPath, { rsc: "1" });
  const missing = await owner.get(`/reports/${newToken()}`);
  if (html.status !== 200 || missing.status !== 404) throw new Error(`report page ${html.status}, not-found page ${missing.status}`);
  const rate = async (pathname: string, status: number) => {
    const { results, seconds } = await closedLoop(16, 320, async () => (await owner.get(pathname)).status);
    if (results.some((result) => result !== status)) throw new Error(`${pathname} answered other than ${status}`);
    return results.length / seconds;
  };
  const pageRates = { report: [] as number[], missing: [] as number[] };
  for (let round = 0; round < 2; round++) {
    pageRates.missing.push(await rate(`/reports/${newToken()}`, 404));
    pageRates.report.push(await rate(reportPath, 200));
  }
  const reportRate = Math.max(...pageRates.report);
  const missingRate = Math.max(...pageRates.missing);
  return [
    "report page ÷ not-found page, req/s at 16",
    fixed(reportRate / missingRate),
    "≥ 0.7",
    `${fixed(reportRate, 0)} / ${fixed(missingRate, 0)}; HTML ${fixed(html.text.length / 1024, 1)} KB, RSC ${fixed(rsc.text.length / 1024, 1)} KB`,
  ] as [string, string, string, string];
}

const printRows = (rows: [string, string, string, string][]) => {
  console.log(`${"figure".padEnd(46)} ${"now".padStart(8)}  ${"goal".padEnd(9)} measured`);
  for (const [figure, now, goal, detail] of rows) console.log(`${figure.padEnd(46)} ${now.padStart(8)}  ${goal.padEnd(9)} ${detail}`);
};

/**
 * Runs `measure` against the production server on a throwaway database, then stops the server and removes the
 * database (keeping the server log that a failure points at) and exits.
 */
async function onThrowawayServer(name: string, measure: (server: BenchServer) => Promise<void>): Promise<never> {
  const databaseFile = path.resolve("data", `${name}-${process.pid}.db`);
  let server: BenchServer | undefined;
  let failed = false;
  try {
    // Inside the try: a server that fails to start leaves its database and log to clean up as well.
    server = await startServer({ port: Number(values.port), databaseFile, nodeArgs: cpuProfArgs });
    await measure(server);
  } catch (error) {
    failed = true;
    console.error(error, server ? `\nserver log: ${server.log}` : "");
  } finally {
    await server?.stop();
    removeDatabase(databaseFile, failed);
  }
  process.exit(failed ? 1 : 0);
}

/** `--report-page`: one upload to have a report, then figure 5 alone, on a server of its own. */
const reportPageOnly = () =>
  onThrowawayServer("bench-report-page", async (server) => {
    const owner = new Lane(server.url, await readUploadForm(server.url), { name: path.basename(FILE), bytes });
    console.log(`\nbench:upload --report-page, Node ${process.version}\n`);
    printRows([await measureReportPage(owner)]);
  });

const cpuProfArgs = values["cpu-prof"]
  ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(values["cpu-prof"])}`, "--import=./scripts/bench/exit-on-signal.mjs"]
  : [];

ensureBuild();
if (values["report-page"]) await reportPageOnly();
const floorBefore = await measureFloor(bytes);
const fixtures = await inProcessRatio();

await onThrowawayServer("bench-upload", async (server) => {
  const rss: { uploads: number; mb: number }[] = [];
  let uploads = 0;
  const form = await readUploadForm(server.url);
  const file = { name: path.basename(FILE), bytes };
  const lanes = Array.from({ length: 16 }, () => new Lane(server.url, form, file));
  const sampler = setInterval(() => rss.push({ uploads, mb: server.rssMb() }), 250);
  const run = (concurrency: number, total: number) =>
    closedLoop(
      concurrency,
      total,
      (lane) => lanes[lane]!.upload(),
      () => uploads++,
    );

  await run(4, 16);
  const phases = [];
  for (const [concurrency, total] of [
    [1, 24],
    [4, 80],
    [16, Number(values.uploads)],
  ] as const) {
    const cpuStart = server.cpuMs();
    const { results, seconds } = await run(concurrency, total);
    const cpuMs = (server.cpuMs() - cpuStart) / results.length;
    const ms = results.map((result) => result.ms);
    const kb = median(results.map((result) => result.bytes)) / 1024;
    phases.push({ concurrency, perSecond: results.length / seconds, p50: median(ms), p95: percentile(ms, 0.95), kb, cpuMs });
  }
  clearInterval(sampler);
  rss.push({ uploads, mb: server.rssMb() });
  const floorAfter = await measureFloor(bytes);

  const reportPage = await measureReportPage(lanes[0]!);

  const floor = {
    perSecond: Math.max(floorBefore.perSecond, floorAfter.perSecond),
    singleMs: Math.min(floorBefore.singleMs, floorAfter.singleMs),
    cpuMs: Math.min(floorBefore.cpuMs, floorAfter.cpuMs),
  };
  const at16 = phases.at(-1)!;
  const after300 = rss.find((sample) => sample.uploads >= 300) ?? rss.at(-1)!;
  const rows: [string, string, string, string][] = [
    [
      "uploads/s at 16 ÷ getText/s in 2 threads",
      fixed(at16.perSecond / floor.perSecond),
      "≥ 0.5",
      `${fixed(at16.perSecond, 1)} / ${fixed(floor.perSecond, 1)}`,
    ],
    [
      "  the same by CPU time: getText ÷ server per upload",
      fixed(floor.cpuMs / at16.cpuMs),
      "≥ 0.5",
      `${fixed(floor.cpuMs, 1)} ms / ${fixed(at16.cpuMs, 1)} ms of CPU`,
    ],
    ["p95 at 16 ÷ one getText", fixed(at16.p95 / floor.singleMs, 1), "≤ 20", `${fixed(at16.p95, 0)} ms / ${fixed(floor.singleMs, 1)} ms`],
    [
      `server RSS after ${after300.uploads} uploads`,
      `${fixed(after300.mb, 0)} MB`,
      "≤ 400 MB",
      `peak ${fixed(Math.max(...rss.map((s) => s.mb)), 0)} MB`,
    ],
    [
      `in-process analysis of ${fixtures.count} fixtures ÷ getText (CPU)`,
      fixed(fixtures.cpuRatio),
      "≤ 1.10",
      `wall clock ${fixed(fixtures.analysisMs, 0)} ms / ${fixed(fixtures.rawMs, 0)} ms = ${fixed(fixtures.analysisMs / fixtures.rawMs)}`,
    ],
    reportPage,
  ];
  console.log(
    `\nbench:upload — ${path.basename(FILE)} (${fixed(bytes.length / 1024, 0)} KB), ${uploads} uploads, Node ${process.version}\n`,
  );
  printRows(rows);
  console.log(
    `\nfloor: getText ${fixed(floorBefore.perSecond, 1)}/s before, ${fixed(floorAfter.perSecond, 1)}/s after (2 threads); ` +
      `one read ${fixed(floor.singleMs, 1)} ms; ${fixed(floor.cpuMs, 1)} ms of CPU per read`,
  );
  for (const phase of phases) {
    console.log(
      `${String(phase.concurrency).padStart(2)} at a time: ${fixed(phase.perSecond, 1)} uploads/s (${fixed(phase.perSecond / floor.perSecond)} of the floor), ` +
        `p50 ${fixed(phase.p50, 0)} ms, p95 ${fixed(phase.p95, 0)} ms (${fixed(phase.p95 / floor.singleMs, 1)}× one getText), response ${fixed(phase.kb, 1)} KB; ` +
        `server CPU ${fixed(phase.cpuMs, 0)} ms per upload (getText CPU ÷ that: ${fixed(floor.cpuMs / phase.cpuMs)})`,
    );
  }
  const series = rss.filter(
    (sample, index) => index === rss.length - 1 || Math.floor(sample.uploads / 50) > Math.floor((rss[index - 1]?.uploads ?? -1) / 50),
  );
  console.log(`server RSS by uploads done: ${series.map((sample) => `${sample.uploads}: ${fixed(sample.mb, 0)} MB`).join(", ")}`);
});
