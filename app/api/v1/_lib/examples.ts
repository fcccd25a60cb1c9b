/**
 * The request examples the OpenAPI document, the docs page and the README show. The end-to-end tests send these
 * same bodies, so an example that stops working fails a test.
 */
export const EXAMPLE_RESUME_TEXT = [
  "Senior AI Engineer, Acme Corp, Jan 2021 - Present",
  "Built a RAG pipeline over Pinecone using the OpenAI API for support search.",
  "Designed LLM agents with LangGraph and tool calling to automate claims triage.",
  "Skills: Python, PyTorch, LangChain, prompt engineering",
].join("\n");

export const EXAMPLE_POSTING_TEXT = [
  "AI Engineer",
  "Requirements:",
  "Build retrieval-augmented generation (RAG) features and AI agents with LangGraph.",
  "Nice to have:",
  "PyTorch and vector databases such as Pinecone.",
].join("\n");

export const EXAMPLE_BODIES = {
  analyze: { text: EXAMPLE_RESUME_TEXT, target: { industry: "fintech", country: "US" } },
  posting: { text: EXAMPLE_POSTING_TEXT },
} as const;

/** A JSON body inside single quotes for a POSIX shell: a single quote in the JSON is closed, escaped and reopened. */
function shellJson(value: unknown): string {
  return `'${JSON.stringify(value).replaceAll("'", "'\\''")}'`;
}

/** The curl command for each operation, against the given origin. */
export function curlExamples(origin: string) {
  return {
    analyzeText: `curl -sS ${origin}/api/v1/analyze -H 'Content-Type: application/json' \\\n  -d ${shellJson(EXAMPLE_BODIES.analyze)}`,
    analyzeFile: `curl -sS ${origin}/api/v1/analyze -F file=@resume.pdf -F industry=software -F country=DE`,
    posting: `curl -sS ${origin}/api/v1/postings/analyze -H 'Content-Type: application/json' \\\n  -d ${shellJson(EXAMPLE_BODIES.posting)}`,
    saveReport: `curl -sS ${origin}/api/v1/reports -H "Authorization: Bearer $SKILLGAP_API_KEY" \\\n  -F clientLabel='Jordan D.' -F file=@resume.pdf`,
    openapi: `curl -sS ${origin}/api/v1/openapi.json`,
  };
}
