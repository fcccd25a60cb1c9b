/**
 * Fills a database with 100,000 client reports for the coach dashboard benchmark:
 *   DATABASE_URL=file:./data/bench.db npm run db:migrate
 *   DATABASE_URL=file:./data/bench.db npm run bench:coach:seed -- [COUNT]
 * Every stored analysis is the real analyzer's output for a generated resume, so rows are as large and as varied
 * as real ones. One coach ("bench-big") gets a fifth of all reports; the rest are spread over 160 coaches.
 */
import { hashToken, newToken } from "../lib/tokens";
import { type BenchReportRow, countReports, insertBenchCoaches, insertBenchReports } from "../lib/eval/bench-seed";
import { pickWith, seededRandom } from "../lib/eval/random";
import { getCurrentSnapshot } from "../lib/db/snapshots";
import { analyze } from "../lib/report/analyze";
import { readerOptions } from "../lib/reader-options";
import { readResume } from "../lib/resume/read";

const TOTAL = Number(process.argv[2] ?? 100_000);
const SMALL_COACHES = 160;
const BATCH = 1_000;

const random = seededRandom(42);
const pick = <T>(items: readonly T[]): T => pickWith(random, items);

const SKILL_LINES = [
  "Built a RAG pipeline over Pinecone using the OpenAI API for support search.",
  "Designed LLM agents with LangGraph and tool calling to automate claims triage.",
  "Trained PyTorch models for demand forecasting.",
  "Deployed models with MLflow and monitored drift in production.",
  "Fine-tuned open models with the Hugging Face Transformers library.",
  "Wrote prompt engineering guidelines and evaluation suites for GPT-4o features.",
  "Built multi-agent workflows with CrewAI.",
  "Integrated the Claude API through the Anthropic SDK.",
  "Built scikit-learn and XGBoost models for churn prediction.",
  "Prototyped chat features with LangChain and the Gemini API.",
];
const TITLES = [
  "Junior Data Analyst",
  "Software Engineer",
  "Machine Learning Engineer",
  "Senior AI Engineer",
  "Staff Machine Learning Engineer",
];

async function analyzedVariants(count: number) {
  const snapshot = await getCurrentSnapshot();
  const variants = [];
  for (let index = 0; index < count; index++) {
    const lines = SKILL_LINES.filter(() => random() < 0.4);
    const start = 2010 + Math.floor(random() * 15);
    const text = [
      "Bench Candidate",
      pick(TITLES),
      "Experience",
      `${pick(TITLES)}, Example Corp, Jan ${start} - Present`,
      ...lines,
      "Skills",
      "Python, SQL",
    ].join("\n");
    const resume = await readResume({ kind: "text", text }, readerOptions());
    variants.push({ text: resume.text, report: analyze(resume, snapshot), snapshotId: snapshot.id });
  }
  return variants;
}

const variants = await analyzedVariants(80);
const coaches = [
  { id: "bench-big", name: "Bench Big Practice", email: "bench-big@example.test", intakeCode: newToken(16) },
  ...Array.from({ length: SMALL_COACHES }, (_, index) => ({
    id: `bench-${index}`,
    name: `Bench Coach ${index}`,
    email: `bench-${index}@example.test`,
    intakeCode: newToken(16),
  })),
];
await insertBenchCoaches(coaches);

const started = Date.now();
const now = Date.now();
let made = 0;
let batch: BenchReportRow[] = [];
while (made < TOTAL) {
  const coachId = random() < 0.2 ? "bench-big" : `bench-${Math.floor(random() * SMALL_COACHES)}`;
  const owner = hashToken(newToken(32));
  const versions = Math.min(TOTAL - made, random() < 0.3 ? 2 + Math.floor(random() * 3) : 1);
  const label = random() < 0.7 ? `Client ${Math.floor(random() * 1_000_000)}` : null;
  let createdAt = now - Math.floor(random() * 365 * 24 * 3600 * 1000);
  let previousId: string | null = null;
  for (let version = 0; version < versions; version++) {
    const variant = pick(variants);
    const id = newToken();
    batch.push({
      id,
      createdAt: new Date(createdAt),
      snapshotId: variant.snapshotId,
      ownerSecretHash: owner,
      coachId,
      clientLabel: label,
      previousId,
      isLatest: version === versions - 1,
      text: variant.text,
      analysis: JSON.stringify(variant.report),
      tierId: variant.report.tier.id,
      tierMedianUsd: variant.report.tier.medianUsd,
      coverage: variant.report.coverage.score,
      seniority: variant.report.seniority.level,
    });
    previousId = id;
    createdAt = Math.min(now, createdAt + Math.floor(random() * 30 * 24 * 3600 * 1000));
    made++;
  }
  if (batch.length >= BATCH) {
    await insertBenchReports(batch);
    batch = [];
  }
}
if (batch.length > 0) await insertBenchReports(batch);
console.log(
  `Seeded ${made} reports for ${coaches.length} coaches in ${((Date.now() - started) / 1000).toFixed(1)} s; ${await countReports()} reports in the database.`,
);
