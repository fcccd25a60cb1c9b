import { describe, expect, it } from "vitest";
import { authorProfession, holdsOwnDoing } from "./author";
import { matchSkills } from "./match";
import { extractPostingSkills } from "./posting";

const ids = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();
const asked = (text: string) => extractPostingSkills(text).map((skill) => skill.id);

const recruiter = (body: string) =>
  `Dana Whitcombe\nPrincipal Talent Sourcer — Machine Learning\n\nExperience\nTalent Sourcer | Quillwork AI | 2022 – present\n${body}\n- Screened 400 candidates a quarter and ran interviews with hiring managers.\n- Closed offers for 30 hires.\n`;

describe("author: a profession whose skill words name what it hires for or negotiates", () => {
  it("reads the profession from the headline and the document's vocabulary of that work", () => {
    const text = recruiter("- Filled the LLM platform roles.");
    const lines = text.split("\n");
    expect(
      authorProfession(
        text,
        lines,
        (i) => lines[i] === "Experience",
        lines.map((_l, i) => (i >= 3 ? "experience" : null)),
      ),
    ).toBe("hiring");
  });
  it("is no profession when the title names a builder too, as a career changer's does", () => {
    const lines = ["Sam Ortiz", "Recruiter turned ML engineer", "", "Experience", "- Hired 20 people; interviews, offers, candidates."];
    expect(
      authorProfession(
        lines.join("\n"),
        lines,
        (i) => i === 3,
        lines.map((_l, i) => (i >= 3 ? "experience" : null)),
      ),
    ).toBeNull();
  });
  it("sets apart the roles filled, the rubric and the search strings", () => {
    expect(ids(recruiter("- Filled nine roles for LLM engineers and MLOps specialists."))).toEqual([]);
    expect(ids(recruiter("- Kept the loop's rubric on retrieval-augmented generation and LangGraph up to date."))).toEqual([]);
    expect(ids(recruiter('- Search strings such as "PyTorch" AND "Weaviate" for passive candidates.'))).toEqual([]);
    expect(ids(recruiter("Skills: vocabulary for screening — LLMs, AI agents, MLflow"))).toEqual([]);
  });
  it("keeps what the author built, in English and in French", () => {
    expect(ids(recruiter("- I wrote a Python script that sends our interview notes to the OpenAI API for summaries."))).toContain("openai");
    const fr = `Léa Marchand\nChargée de recrutement — profils data\n\nExpérience\n• Recrutement de 40 candidats, entretiens et offres.\n• J'ai développé un outil qui interroge l'API d'OpenAI pour trier les candidatures.\n`;
    expect(ids(fr)).toContain("openai");
  });
  it("keeps a lawyer's own project, whose title line says whose it is", () => {
    const lawyer = `Tomás Reyes\nAssociate Counsel, Technology Contracts\n\nExperience\n- Negotiated cloud agreements and indemnity clauses; advised on contracts.\n- Counsel on the firm's agreements with Anthropic.\n\nProjects\nContractLens (hackathon, I built the search part)\n- Notebook that embeds clauses into a Qdrant vector store and answers questions with a LangChain RAG chain.\n`;
    const found = ids(lawyer);
    expect(found).toContain("rag");
    expect(found).toContain("vector-databases");
    expect(found).not.toContain("anthropic");
  });
  it("needs a verb with the author as its subject, not a passive one or the profession's own object", () => {
    expect(holdsOwnDoing("- Built the hiring plan for the agents team (LLM engineers).")).toBe(false);
    expect(holdsOwnDoing("- Ran the demo. The embedding layer was\n  built by the partner's engineers.")).toBe(false);
    expect(holdsOwnDoing("- Built a retrieval prototype with LangChain.")).toBe(true);
    expect(holdsOwnDoing("Entrené un modelo con PyTorch.")).toBe(true);
  });
  it("reads a posting for such a role: the people it hires and its vocabulary are no asks", () => {
    const posting = `Technical Recruiter — Applied AI\n\nAbout the role\nYou will run full-cycle recruiting for our LLM and MLOps teams; candidates, interviews, offers.\n\nWhat you bring\n• Experience hiring machine-learning engineers.\n• Comfort with words like RAG, agents and fine-tuning when you talk to candidates.\n`;
    expect(asked(posting)).toEqual([]);
  });
});
