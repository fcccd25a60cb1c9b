import { expect, test } from "./fixtures";

/** A resume with real skills, a skills list, goals and the traps of docs/labeling.md rule 3. */
const RESUME = `Claude Moreau
AI Engineer
Experience
AI Engineer, Homestead, Jan 2023 - Present
Built AI agents that help real estate agents draft listings, using the Claude API with tool use.
Designed hybrid search over 2M listings for the agents' retrieval-augmented generation; the support team handles prompt delivery of replies.
Software Engineer at OpenAI, Jan 2020 - Dec 2022
Billing services in Go; HTML and YAML tooling.
Skills
Python, Pinecone, SQL
Goals
Currently learning LangGraph.`;

test("the report quotes evidence with its section, tells listed from used, shows what implies what, and keeps goals apart", async ({
  page,
  upload,
}) => {
  await upload.open();
  await upload.pasteText(RESUME);
  await upload.expectReport();

  const anthropic = page.locator('[data-skill="anthropic"]');
  await expect(anthropic).toContainText("used in work");
  await expect(anthropic).toContainText("using the Claude API with tool use");
  await expect(anthropic).toContainText("Experience");

  const vectors = page.locator('[data-skill="vector-databases"]');
  await expect(vectors).toContainText("listed");
  await expect(vectors).toContainText("Python, Pinecone, SQL");

  await expect(page.locator('[data-skill="llms"]')).toContainText(/Implied by .*AI Agents/);
  await expect(page.locator('[data-skill="rag"]')).toContainText("Designed hybrid search");

  // Traps: the person named Claude, the employer OpenAI, HTML/YAML, prompt delivery, real estate agents.
  for (const id of ["openai", "machine-learning", "prompt-engineering", "langgraph"]) {
    await expect(page.locator(`[data-skill="${id}"]`)).toHaveCount(0);
  }
  await expect(page.getByTestId("aspirations").locator('[data-aspiration="langgraph"]')).toContainText("Currently learning LangGraph");
});
