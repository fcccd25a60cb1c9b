import { afterAll, describe, expect, it } from "vitest";
import { APP_ERRORS, AppError } from "../errors";
import { readerOptions } from "../reader-options";
import { estimateSeniority } from "../report/seniority";
import * as patterns from "../resume/contact-patterns";
import { removeContactDetails } from "../resume/contacts";
import { repairDroppedLigatures } from "../resume/ligatures";
import { normalizeText } from "../resume/normalize";
import { closeSharedParsePool } from "../resume/pool";
import { readResume } from "../resume/read";
import { extractPostingSkills } from "../skills/posting";
import { matchSkills } from "../skills/match";
import { PATHOLOGICAL_UNITS, pathologicalRun, pathologicalTexts } from "./pathological";
import { docxOf } from "./testing/make-files";

/**
 * The CPU time one step takes, in ms: unlike the wall clock, it does not grow while this process waits for a core
 * that other work holds, so the ratio below holds on a busy machine too.
 */
const time = (step: (text: string) => unknown, text: string) => {
  const started = process.cpuUsage();
  step(text);
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
};

/** The fastest of five runs at each size, in ms, taken in turn: the least disturbed by other work on the machine. */
function growth(step: (text: string) => unknown, small: string, large: string): { once: number; twice: number } {
  let once = Infinity;
  let twice = Infinity;
  for (let i = 0; i < 5; i++) {
    once = Math.min(once, time(step, small));
    twice = Math.min(twice, time(step, large));
  }
  return { once, twice };
}

/** The matcher only ever sees text the pipeline let through: at most the text limit once normalized. */
const MAX_TEXT_CHARS = 100_000;
const normalized = (text: string) => {
  try {
    const clean = normalizeText(text, { maxChars: MAX_TEXT_CHARS * 4 });
    return clean.length > MAX_TEXT_CHARS ? "" : clean;
  } catch {
    return "";
  }
};

const CONTACT_PATTERNS: [string, RegExp][] = [
  ["EMAIL", patterns.EMAIL],
  ...patterns.OBFUSCATED_EMAILS.map((pattern, i): [string, RegExp] => [`OBFUSCATED_EMAILS[${i}]`, pattern]),
  ["URL", patterns.URL],
  ["BARE_DOMAIN", patterns.BARE_DOMAIN],
  ["LABELLED_HANDLE", patterns.LABELLED_HANDLE],
  ["AT_HANDLE", patterns.AT_HANDLE],
  ["ORCID_ID", patterns.ORCID_ID],
  ["PHONE", patterns.PHONE],
  ...patterns.STREETS.map((pattern, i): [string, RegExp] => [`STREETS[${i}]`, pattern]),
];

/** Every step that sees user text, on raw (not yet normalized or capped) text: the strongest case. */
const STEPS: [string, (text: string) => unknown][] = [
  // With the pipeline's refusal of text that NFKC expands past four times the limit ("\uFDFA" is 18 characters).
  ["normalizeText", normalized],
  ["repairDroppedLigatures", repairDroppedLigatures],
  ["removeContactDetails", removeContactDetails],
  ...CONTACT_PATTERNS.map(([name, pattern]): [string, (text: string) => unknown] => [name, (text) => text.replace(pattern, "")]),
  ["matchSkills (normalized)", (text) => matchSkills(normalized(text))],
  ["estimateSeniority (normalized)", (text) => estimateSeniority(normalized(text), new Date("2026-06-01"))],
  ["extractPostingSkills (raw posting)", (text) => extractPostingSkills(text.slice(0, 20_000))],
];

describe("every step that sees user text grows linearly with it", () => {
  // Warm up the dictionary and the taxonomy so the first measurement does not pay for loading them.
  repairDroppedLigatures("warm up nancial");
  matchSkills("Python");

  it.each(STEPS)("%s: time at 2n stays near twice the time at n, for every pathological run", (_name, step) => {
    const n = 40_000;
    const slow: string[] = [];
    for (const unit of Object.keys(PATHOLOGICAL_UNITS)) {
      const { once, twice } = growth(step, pathologicalRun(unit, n), pathologicalRun(unit, 2 * n));
      // Linear work doubles (ratio 2), quadratic work quadruples. Below some tens of ms, a busy machine's noise (a
      // collection of the large strings) is larger than any difference; a backtracking pattern takes seconds here.
      if (twice > 3 * once + 60) slow.push(`${unit}: ${once.toFixed(1)} ms at ${n}, ${twice.toFixed(1)} ms at ${2 * n}`);
    }
    expect(slow).toEqual([]);
  });
});

describe("pathological text read in the parser pool", () => {
  afterAll(() => closeSharedParsePool());

  it("answers every pathological input, pasted, as .txt and as .docx, with a resume or a coded error", async () => {
    const options = readerOptions({ ocr: false });
    const outcomes: string[] = [];
    for (const { name, text } of pathologicalTexts(90_000)) {
      for (const [kind, read] of [
        ["pasted", () => readResume({ kind: "text", text }, options)],
        ["txt", () => readResume({ kind: "file", bytes: new TextEncoder().encode(text) }, options)],
        ["docx", async () => readResume({ kind: "file", bytes: await docxOf(text) }, options)],
      ] as const) {
        const result = await read().then(
          (resume) => (resume.text.length > 0 ? "ok" : "empty"),
          (error: unknown) => (error instanceof AppError ? error.code : `crash: ${String(error)}`),
        );
        outcomes.push(`${name} (${kind}): ${result}`);
      }
    }
    const bad = outcomes.filter((outcome) => {
      const result = outcome.split(": ").at(-1)!;
      return result !== "ok" && (!(result in APP_ERRORS) || result === "timeout" || result === "corrupt");
    });
    expect(bad).toEqual([]);
  }, 300_000);
});
