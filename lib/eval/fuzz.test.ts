import { afterAll, describe, expect, it } from "vitest";
import { env } from "../env";
import { READ_ERROR_CODES } from "../errors";
import { fuzz } from "./fuzz";
import { closeSharedParsePool } from "../resume/pool";
import { fuzzSeeds } from "./testing/seeds";

describe("fuzzing the intake", () => {
  afterAll(() => closeSharedParsePool());

  it("gives each of 240 broken PDFs and DOCX files a result or a coded error, in time, never an empty report", async () => {
    const seeds = await fuzzSeeds(4);
    const report = await fuzz(seeds, 240, { seed: 7, concurrency: 2 });
    console.info(
      `fuzz: ${report.inputs} inputs from ${seeds.length} seeds in ${report.ms} ms; ${JSON.stringify(report.byResult)}; slowest ${report.slowest[0]?.ms} ms; peak RSS ${report.peakRssMb} MB`,
    );
    expect(report.inputs).toBe(240);
    expect(report.crashes).toEqual([]);
    expect(report.emptyReports).toEqual([]);
    for (const result of Object.keys(report.byResult)) expect(["ok", ...READ_ERROR_CODES]).toContain(result);
    expect(Object.keys(report.byResult)).toEqual(expect.arrayContaining(["ok", "corrupt", "encrypted", "unsupported-type"]));
    expect(report.slowest[0]!.ms).toBeLessThan(env.PARSE_TIMEOUT_MS + 3_000);
  }, 240_000);
});
