import type { PostingRecord } from "../market/build";
import { pickWith, seededRandom } from "./random";

/**
 * Synthetic job postings for the market benchmark: titles, sections, skill asks, boilerplate, salaries and
 * locations drawn with a fixed seed, so runs compare. About 2% are re-posts and 2% the same posting on another
 * board, as real exports have. Not labelled data: the accuracy test uses lib/eval/market/.
 */

const LEVELS = ["Junior", "", "", "Senior", "Senior", "Staff", "Lead", "Principal"];
const ROLES = [
  "AI Engineer",
  "Machine Learning Engineer",
  "LLM Engineer",
  "Data Scientist",
  "Backend Engineer",
  "MLOps Engineer",
  "Applied Scientist",
];
const TEAMS = [
  "payments",
  "search",
  "support",
  "ads",
  "risk",
  "growth",
  "platform",
  "clinical",
  "logistics",
  "pricing",
  "identity",
  "content",
];
const ASKS = [
  "Build retrieval-augmented generation (RAG) pipelines over our {team} documents",
  "Ship LLM features with the OpenAI API and the Claude API",
  "Design AI agents that call tools to finish multi-step {team} tasks",
  "Orchestrate agents with LangGraph",
  "Use LangChain to compose prompts, tools and retrievers",
  "Prompt engineering and evaluation of model outputs",
  "Vector databases such as Pinecone, Weaviate or pgvector",
  "Train deep learning models with PyTorch",
  "Machine learning for {team} (scikit-learn, XGBoost)",
  "Own model monitoring and the MLflow registry",
  "Fine-tune open models from the Hugging Face Hub",
  "Integrate Gemini models in our {team} product",
  "Multi-agent frameworks such as CrewAI or AutoGen",
  "Generative AI features for {team} customers",
  "Kubernetes, Terraform and CI/CD",
  "Strong SQL and data modelling for the {team} warehouse",
  "Go or Java services with {n} million requests a day",
  "React and TypeScript for internal {team} tools",
];
const ABOUT = [
  "We are a {n}-person company building software for {team} teams across Europe and North America.",
  "Our mission is to make {team} simple for small businesses.",
  "Founded in 20{y}, we serve {n} thousand customers.",
  "We are backed by leading investors and growing fast.",
  "Our {team} group ships weekly and measures everything.",
  "You will join a team of {n} engineers and work closely with product and design.",
];
const BENEFITS = [
  "{n} days of paid holiday",
  "Private health insurance for you and your family",
  "A learning budget of {n} hundred a year",
  "Hybrid work: {n} days a week in the office",
  "Parental leave and flexible hours",
  "Stock options",
];
const PLACES = [
  ["San Francisco, CA", "$"],
  ["New York, NY", "$"],
  ["Austin, TX", "$"],
  ["Berlin, Germany", "€"],
  ["Munich, Germany", "€"],
  ["London, UK", "£"],
  ["Toronto, Canada", "CA$"],
  ["Bangalore, India", "₹"],
  ["Remote", "$"],
] as const;
const INDUSTRIES = ["Software", "Fintech", "Healthcare", "E-commerce", "Finance", "Media", "Logistics"];

function fill(random: () => number, text: string): string {
  return text
    .replace("{team}", pickWith(random, TEAMS))
    .replace("{n}", String(2 + Math.floor(random() * 97)))
    .replace("{y}", String(10 + Math.floor(random() * 15)).padStart(2, "0"));
}

function some<T>(random: () => number, items: readonly T[], min: number, max: number): T[] {
  const count = min + Math.floor(random() * (max - min + 1));
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

function salaryFor(random: () => number, currency: string): string | undefined {
  if (random() < 0.3) return random() < 0.5 ? "Competitive" : undefined;
  if (currency === "₹") return `₹${20 + Math.floor(random() * 40)},00,000 per annum`;
  const low = 60 + Math.floor(random() * 120);
  return `${currency}${low},000 - ${currency}${low + 10 + Math.floor(random() * 40)},000`;
}

/** `count` postings, one at a time (nothing is kept: memory does not grow with the count). */
export function* generatePostings(count: number, seed = 20_261_001): Generator<PostingRecord> {
  const random = seededRandom(seed);
  const recent: PostingRecord[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    if (recent.length > 10 && roll < 0.02) {
      yield pickWith(random, recent);
      continue;
    }
    if (recent.length > 10 && roll < 0.04) {
      const original = pickWith(random, recent);
      yield {
        ...original,
        text: `Found on JobBoard${Math.floor(random() * 9)}. Apply by ${1 + Math.floor(random() * 28)} November.\n${original.text}`,
      };
      continue;
    }
    const level = pickWith(random, LEVELS);
    const title = `${level ? `${level} ` : ""}${pickWith(random, ROLES)}, ${pickWith(random, TEAMS)}`;
    const [location, currency] = pickWith(random, PLACES);
    const salary = salaryFor(random, currency);
    const lines = [
      title,
      "About us:",
      ...some(random, ABOUT, 2, 4).map((line) => fill(random, line)),
      "Requirements:",
      ...some(random, ASKS, 3, 7).map((line) => `- ${fill(random, line)}`),
      `- ${2 + Math.floor(random() * 8)}+ years of professional experience`,
      "Nice to have:",
      ...some(random, ASKS, 1, 3).map((line) => `- ${fill(random, line)}`),
      "Benefits:",
      ...some(random, BENEFITS, 2, 4).map((line) => `- ${fill(random, line)}`),
      ...(salary ? [`Salary: ${salary}`] : []),
    ];
    const posting: PostingRecord = {
      text: lines.join("\n"),
      title,
      location,
      industry: pickWith(random, INDUSTRIES),
      date: `2026-10-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`,
    };
    if (recent.length < 500) recent.push(posting);
    else recent[Math.floor(random() * recent.length)] = posting;
    yield posting;
  }
}
