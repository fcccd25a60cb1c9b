import { describe, expect, it } from "vitest";
import { extractPostingSkills, toPostingJson } from "./posting";

const ids2 = (text: string) => extractPostingSkills(text).map((skill) => skill.id);

function levels(text: string) {
  const skills = extractPostingSkills(text);
  const of = (level: string) =>
    skills
      .filter((skill) => skill.level === level)
      .map((skill) => skill.id)
      .sort();
  return { required: of("required"), preferred: of("preferred") };
}

describe("extractPostingSkills", () => {
  it("takes 'is a plus' and 'nice to have' on a line as preferred, and 'you want to build agents' as an ask", () => {
    const text = [
      "Senior Generative AI Engineer",
      "- You have built RAG systems with LangChain.",
      "- Experience with Gemini on Vertex AI is a plus.",
      "- Multi-agent frameworks (CrewAI, AutoGen) are nice to have.",
      "- You want to build LLM agents that use tools safely.",
    ].join("\n");
    expect(levels(text)).toEqual({
      required: ["ai-agents", "generative-ai", "langchain", "llms", "rag"],
      preferred: ["gemini", "multi-agent-frameworks"],
    });
  });

  it("calls every skill required when the posting has no sections or cues", () => {
    expect(extractPostingSkills("We build RAG search on Pinecone.")).toEqual(
      expect.arrayContaining([
        { id: "rag", name: expect.any(String), level: "required", evidence: { text: "We build RAG search on Pinecone.", line: 0 } },
      ]),
    );
    expect(extractPostingSkills("We build RAG search on Pinecone.").every((skill) => skill.level === "required")).toBe(true);
  });

  it("prints docs/architecture.md's --posting JSON shape", () => {
    const json = toPostingJson("p.txt", extractPostingSkills("Requirements\nLangChain\nNice to have\nLangGraph"));
    expect(json).toEqual({
      file: "p.txt",
      skills: expect.arrayContaining([
        { id: "langchain", name: "LangChain", level: "required", evidence: { text: "LangChain", line: 1 } },
        { id: "langgraph", name: "LangGraph", level: "preferred", evidence: { text: "LangGraph", line: 3 } },
      ]),
    });
  });
});

describe("extractPostingSkills reads a posting as a posting", () => {
  const ids = (text: string) => extractPostingSkills(text).map((skill) => `${skill.id}:${skill.level}`);

  it("does not count the company's product, another team's stack, the perks or what the role will not do", () => {
    const text = [
      "Frontend Engineer",
      "",
      "About Acme",
      "Acme builds LLM agents for insurers; our research team trains models with PyTorch.",
      "",
      "What you'll do",
      "- Build the UI for our AI agents platform in React.",
      "- Partner with our ML engineers, who fine-tune models, to show their results.",
      "- You will not train or fine-tune models, and there is no RAG work here.",
      "",
      "Perks",
      "- A ChatGPT Enterprise seat and Claude Code licences for everyone.",
      "",
      "Acme is an equal opportunity employer; generative AI never decides who we hire.",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("decides the level per skill when a line says it inline", () => {
    expect(ids("Requirements\n- PyTorch (required), LangGraph a plus")).toEqual(
      expect.arrayContaining(["deep-learning:required", "langgraph:preferred", "ai-agents:preferred"]),
    );
  });

  it("quotes the line that asks for each skill", () => {
    const [skill] = extractPostingSkills("Senior Engineer\n\nRequirements\n- Shipped RAG systems over legal documents.");
    expect(skill).toMatchObject({ id: "llms", evidence: { text: "Shipped RAG systems over legal documents.", line: 3 } });
  });

  it("ends a mention's part at its sentence's full stop, so the next sentence's cue is not its own", () => {
    const text = "ML Engineer\n\nRequirements\n- PyTorch experience. Docker is a plus, Python is required.";
    expect(levels(text).required).toContain("deep-learning");
    expect(levels(text).preferred).not.toContain("deep-learning");
  });

  it("keeps an ask that names a pension or holidays as its subject, and still drops the benefit itself", () => {
    const text =
      "ML Engineer\n\nRequirements\n- Build RAG over pension documents with LangChain.\n- 30 days of paid holiday and a pension scheme.";
    expect(levels(text).required).toEqual(expect.arrayContaining(["langchain", "rag"]));
    expect(
      levels("ML Engineer\n\nRequirements\n- Unlimited PTO and an OpenAI subscriptions for everyone using LangChain.").required,
    ).not.toContain("langchain");
  });
});

describe("a posting's disclaimer points back at what it disclaims", () => {
  it("keeps an ask whose sentence goes on to 'you are not alone', and drops one the role will not work on", () => {
    const kept = extractPostingSkills(
      "ML Engineer\n\nRequirements\n- Strong PyTorch is required — you are not alone on this team, you are not alone.",
    );
    expect(kept.map((skill) => skill.id)).toContain("deep-learning");
    const dropped = extractPostingSkills(
      "ML Engineer\n\nRequirements\n- Python.\n- Our research team trains PyTorch models — you won't be working on that.",
    );
    expect(dropped.map((skill) => skill.id)).not.toContain("deep-learning");
  });
});

describe("a posting's level is read in the mention's own sentence, across the lines it wraps over", () => {
  it("takes a conditional ask, a requirement said not to be one and a hedge as preferences", () => {
    expect(
      levels("ML Engineer\n\nYou will train PyTorch models daily; if you have also run MLflow, great, though it is not expected."),
    ).toEqual({
      required: ["deep-learning", "machine-learning"],
      preferred: ["mlops"],
    });
    expect(
      levels("Agent Engineer\n\nIf you have run CrewAI with several roles, that would help; neither is mandatory.").preferred,
    ).toContain("multi-agent-frameworks");
  });

  it("reads a cue one line up in a wrapped paragraph, and not another sentence's cue", () => {
    const text = [
      "Staff AI Engineer",
      "",
      "You will own our LangGraph agents in production and the retrieval behind them. It would be a bonus if you",
      "have fine-tuned models with the Hugging Face Transformers library. The package includes a 15% bonus.",
    ].join("\n");
    expect(levels(text).preferred).toContain("hugging-face");
    expect(levels(text).required).toContain("langgraph");
  });

  it("lets a labelled line's level govern the whole line, and reads a table row by itself", () => {
    expect(levels("LLM Engineer\n\nWhat we need\n- Nice to have: LangGraph; Claude via the Anthropic API.").preferred).toContain(
      "anthropic",
    );
    const table = [
      "Applied Scientist",
      "",
      "Requirements",
      "Skill | Level | Notes",
      "Deep learning in PyTorch | Required | training loops, mixed precision",
      "Similarity search with FAISS | Preferred | for near-duplicate detection",
    ].join("\n");
    expect(levels(table)).toMatchObject({ required: ["deep-learning", "machine-learning"], preferred: ["vector-databases"] });
  });

  it("does not end a sentence at an abbreviation's full stop", () => {
    expect(
      levels("Data Scientist\n\nProfil\n- Von Vorteil: Erfahrung mit neuronalen Netzen (z. B. PyTorch) für Zeitreihen.").preferred,
    ).toContain("deep-learning");
  });

  it("counts the team's own stack in the role's prose", () => {
    expect(levels("ML Engineer\n\nYou will own our models after launch. We use MLflow for that today.").required).toContain("mlops");
  });

  it("reads 'we' as the company until the introduction turns to the candidate", () => {
    // The product's stack, before any sentence speaks to the candidate, is what the company sells.
    const company =
      "Sales Lead\n\nHarbourline makes retrieval software for insurers. We run LangGraph agents on Pinecone.\n\nYou will sell it.";
    expect(extractPostingSkills(company)).toEqual([]);
    const team = "ML Engineer\n\nHarbourline prices freight. You would own our demand model. We run MLflow for its registry.";
    expect(levels(team).required).toContain("mlops");
  });

  it("sets apart a mention the candidate is said to have nothing to do with, after it, in four languages", () => {
    expect(ids2("Technikerin\n\nDeine Aufgaben\n- Wartung. Mit PyTorch oder LLMs hast du hier nichts zu tun.")).toEqual([]);
    expect(
      ids2("Technician\n\nThe role\n- Field repairs. The LangChain bots at head office are something you'll have nothing to do with."),
    ).toEqual([]);
    expect(ids2("Technicien\n\nVos missions\n- Maintenance. Les LLM du siège : vous n'aurez rien à voir avec eux.")).toEqual([]);
    expect(ids2("Técnica\n\nTus funciones\n- Reparaciones. Con los LLM no tendrás nada que ver.")).toEqual([]);
  });

  it("reads the hire's negated future as excluding its whole clause, but not a 'not just' that promises more", () => {
    expect(ids2("Analyste\n\nVos missions\n- Tableaux de bord. Vous ne concevrez pas de modèles de deep learning.")).toEqual([]);
    expect(ids2("Analista\n\nTus funciones\n- Informes. No entrenarás modelos de machine learning.")).toEqual([]);
    expect(ids2("Analystin\n\nDeine Aufgaben\n- Berichte. Du wirst bei uns keine PyTorch-Modelle trainieren.")).toEqual([]);
    expect(ids2("Analyst\n\nThe role\n- Reports. You will never touch the LangChain services.")).toEqual([]);
    expect(ids2("ML Engineer\n\nThe role\n- You will not just tune the LangChain agents of our support desk.")).toContain("langchain");
  });

  it("reads a paragraph after a part's list, with no heading of its own, as prose: an ask only where it asks", () => {
    const company = "Sales Lead\n\nRequirements\n- CRM hygiene\n- Fluent Dutch\n\nBrightfold builds RAG agents for insurers on LangGraph.";
    expect(extractPostingSkills(company).map((skill) => skill.id)).toEqual([]);
    const ask = "ML Engineer\n\nRequirements\n- Python\n\nHands-on PyTorch is a real plus. We also expect some MLflow.";
    expect(levels(ask)).toEqual({ required: ["machine-learning", "mlops"], preferred: ["deep-learning"] });
  });

  it("reads a heading written in Markdown bold as a heading", () => {
    const text = "Sales Engineer\n\n**About Brightfold**\nBrightfold builds LLM agents on LangGraph.\n\n**Your week**\n- Run demos.";
    expect(extractPostingSkills(text)).toEqual([]);
    expect(levels("Engineer\n\n**Requirements**\n* PyTorch\n* Some MLflow").required).toEqual([
      "deep-learning",
      "machine-learning",
      "mlops",
    ]);
  });

  it("sets apart another company of the same group as another group", () => {
    expect(extractPostingSkills("Technician\n\nRequirements\n- Wiring. Our sister company trains neural networks.")).toEqual([]);
  });

  it("reads an ask negated by its subject ('Nobody expects you to know …') as no ask", () => {
    expect(ids2("Analyst\n\nRequirements\n- SQL.\n- Nobody expects you to know PyTorch on day one.")).toEqual([]);
  });

  it("reads a heading of what pleases the employer over and above as preferences", () => {
    expect(levels("Data Scientist\n\nWas uns besonders freut\n- Erfahrung mit MLflow.").preferred).toContain("mlops");
    expect(levels("Científica de datos\n\nNos encantaría\n- Experiencia con PyTorch.").preferred).toContain("deep-learning");
  });

  it("sets apart a group pointed back at after a dash, and reads 'would also help' as an ask", () => {
    const text = "Analyst\n\nYou will not sit with our research unit — that group prototypes with LangChain. Some MLflow would also help.";
    expect(levels(text)).toEqual({ required: [], preferred: ["machine-learning", "mlops"] });
  });

  it("reads a capability qualified by a word of risk as a failure to detect, not agent work", () => {
    const text = "Security Engineer\n\nRequirements\n- Know how LLM apps fail: jailbreaks, unsafe tool use, data leaks.";
    expect(levels(text).required).not.toContain("ai-agents");
    expect(levels("Engineer\n\nRequirements\n- LLM agents with tool use over our APIs.").required).toContain("ai-agents");
  });

  it("sets apart the work of a group named with where it sits", () => {
    const text = "Analyst\n\nRequirements\nSQL and Excel. The data team in Porto owns the RAG pipeline we report on.";
    expect(extractPostingSkills(text)).toEqual([]);
  });
});

describe("what a posting says the role is not", () => {
  const ids = (text: string) => extractPostingSkills(text).map((skill) => skill.id);

  it("sets apart a part under any heading that negates, and a label saying a skill is not required", () => {
    expect(
      ids(
        "Planner\n\nThe job\n- Plan routes.\n\nWhat is off your desk\n\nNone of this\nPrompts, LangChain and our LLM tooling belong to IT.",
      ),
    ).toEqual([]);
    expect(ids("Planer\n\nWas dich hier nie erwartet\nLangChain, Prompts und LLM-Werkzeuge.")).toEqual([]);
    expect(ids("Techniker\n\nIhr Profil\n- Elektrotechnik.\nNicht erforderlich: Erfahrung mit PyTorch.")).toEqual([]);
    // A hedge beside the negation still asks, as a preference.
    expect(levels("Planner\n\nHelpful, but not expected\n- Some PyTorch.").preferred).toContain("deep-learning");
  });

  it("sets apart a part headed by what the hire won't need, and keeps a 'Nice, not necessary' part as preferences", () => {
    expect(ids("Planner\n\nWhat you won't need\nAny knowledge of AI, PyTorch, or how our customers' models work.")).toEqual([]);
    expect(levels("LLM Engineer\n\nNice, not necessary\n- LangChain in production.").preferred).toContain("langchain");
  });

  it("reads the role negated before a mention, and the rest of its sentence on the wrapped line below", () => {
    const text = [
      "Technician",
      "",
      "We're proud to power the teams that train the largest neural networks in the world — but to be clear, nothing in",
      "this role involves machine learning, deep learning or AI software.",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });

  it("sets apart what another group named after the mention does, pointing back at it", () => {
    const text = [
      "Technical Writer",
      "",
      "What you'll do",
      "- Documenting integrations with LangChain (working with the integrations engineers, who build them — you explain them)",
    ].join("\n");
    expect(ids(text)).toEqual([]);
  });
});

describe("a heading that names the role (review of the merges, item 3)", () => {
  it("takes the imperative sentences under it as asks", () => {
    expect(levels("ML Engineer at Acme\nThe role:\nBuild RAG pipelines over our contracts.").required).toContain("rag");
    expect(levels("ML Engineer at Acme\n\nRole overview\nDesign LLM agents that triage support tickets.").required).toContain("ai-agents");
  });
  it("names the role in any language and with any determiner", () => {
    for (const heading of ["Acerca del puesto", "Le rôle", "Votre rôle", "À propos du poste", "Role description"]) {
      const text = `Software Engineer at Acme\n${heading}\nThe platform team runs everything on LangGraph.\nBuild RAG pipelines in Python.`;
      expect(levels(text).required, heading).toContain("rag");
      expect(levels(text).required, heading).not.toContain("langgraph");
    }
  });
  it("reads no imperative ask under a heading that does not name the role, nor a verb that is a noun", () => {
    const required = (text: string) => levels(`ML Engineer at Acme\n\n${text}`).required;
    expect(required("Life on the team\nShip reviews happen weekly for the LangGraph agents.")).not.toContain("langgraph");
    expect(required("Mission\nDeploy trustworthy LLM agents in every clinic.")).not.toContain("ai-agents");
    expect(required("The role\nResearch by our lab covers RAG and LLM evaluation.")).not.toContain("rag");
    expect(required("The role\nLead generation here runs on LangGraph agents.")).not.toContain("langgraph");
  });
  it("still reads the company's own prose under it as no ask", () => {
    expect(levels("ML Engineer at Acme\nThe role:\nOur research group trains LLMs in-house.").required).not.toContain("llms");
  });
});

describe("the hire's negated future reaches only its own clause", () => {
  const required = (text: string) => levels(text).required;
  it("stops at a colon, or at a conjunction that opens a new subject or verb", () => {
    const under = (heading: string, line: string) => required(`ML Engineer\n${heading}\n${line}`);
    expect(under("What you'll do", "You will never work alone and you will build RAG pipelines with LangChain every week.")).toContain(
      "langchain",
    );
    expect(under("What you'll do", "You won't be bored: you'll fine-tune LLMs in PyTorch.")).toContain("llms");
    expect(under("Deine Aufgaben", "Du wirst nie allein arbeiten und entwickelst RAG-Pipelines mit LangChain.")).toContain("langchain");
    expect(under("Vos missions", "Vous ne serez jamais seul et vous développerez des agents LLM avec LangChain.")).toContain("langchain");
    expect(under("Tus funciones", "No empezarás de cero y construirás pipelines RAG con LangChain.")).toContain("rag");
  });
  it("still excludes what the negated verb itself governs", () => {
    expect(ids2("Planner\nWhat you'll do\nYou will not build RAG pipelines with LangChain.")).toEqual([]);
    expect(ids2("Planer\nDeine Aufgaben\nDu wirst keine RAG-Pipelines mit LangChain bauen.")).toEqual([]);
  });
});

describe("a negating heading sets apart what the candidate won't do, not a requirement it stresses", () => {
  it("reads a double negative ('can't do without', 'nicht verhandelbar', 'no es negociable') as an ask", () => {
    for (const heading of [
      "What we can't do without",
      "Was nicht verhandelbar ist",
      "Lo que no es negociable",
      "What you can't do without",
    ]) {
      const required = levels(`Planner\n\n${heading}\n- PyTorch\n- LangChain`).required;
      expect(required, heading).toContain("deep-learning");
      expect(required, heading).toContain("langchain");
    }
  });
  it("needs the negation to speak of the candidate's work or the role", () => {
    expect(ids2("Planner\n\nWhat you won't be doing\n- PyTorch\n- LangChain")).toEqual([]);
    expect(ids2("Planer\n\nWas dich nicht erwartet\n- PyTorch\n- LangChain")).toEqual([]);
    expect(ids2("Planificador\n\nLo que no buscamos\n- PyTorch\n- LangChain")).toEqual([]);
    expect(ids2("Planificateur\n\nCe que ce poste n'est pas\n- PyTorch\n- LangChain")).toEqual([]);
    expect(levels("Planner\n\nWhat never changes here\n- PyTorch every day").required).toContain("deep-learning");
  });
});

describe("a paragraph after a part's list, past a blank line", () => {
  it("still asks where it names the experience or knowledge wanted", () => {
    const text =
      "Planner\nRequirements\n- 3+ years of Python\n- SQL\n\nHands-on experience with PyTorch and LangChain.\nFamiliarity with RAG and vector databases.";
    expect(levels(text).required).toEqual(expect.arrayContaining(["deep-learning", "langchain", "rag", "vector-databases"]));
    expect(levels("Planer\nAnforderungen\n- SQL\n\nErfahrung mit LangChain und RAG.").required).toContain("langchain");
  });
  it("is the company's own prose where the company speaks ('we', 'our')", () => {
    expect(ids2("Planner\nRequirements\n- SQL\n\nOur team has years of experience with RAG and LangChain.")).toEqual([]);
    expect(ids2("Planner\nRequirements\n- SQL\n\nWe bring deep knowledge of LLMs to insurers.")).toEqual([]);
  });
});

describe("the company's own prose is no ask", () => {
  it("reads 'we want' as an ask only when what is wanted is the candidate or a skill", () => {
    expect(
      ids2("Acme Health\nWe want every nurse to have an AI assistant built on GPT-4 and RAG.\n\nRequirements\n- Python\n- SQL"),
    ).toEqual([]);
    expect(ids2("Acme Health\nWe need to ship LangChain agents to every clinic.\n\nRequirements\n- SQL")).toEqual([]);
    expect(levels("Acme Health\nWe want you to build RAG agents.\n\nRequirements\n- SQL").required).toContain("rag");
    expect(levels("Acme Health\nWe value experience with LangChain.\n\nRequirements\n- SQL").required).toContain("langchain");
  });
  it("reads 'is an advantage' as an ask only when the company's product is not its subject", () => {
    expect(ids2("Acme Legal\nOur RAG engine is a real advantage for law firms.\n\nRequirements\n- Python\n- SQL")).toEqual([]);
    const role =
      "Data Analyst\nAbout Acme\nAcme sells contract search.\n\nThe role\nOur RAG engine is a real advantage for law firms. You will build dashboards.\n\nRequirements\n- SQL";
    expect(ids2(role)).toEqual([]);
    expect(levels("Analyst\n\nThe role\nBuild dashboards. LangChain is an advantage.").preferred).toContain("langchain");
    // The level's own clause decides: here its subject is the experience, after the company's clause.
    const served = "Agent Engineer\n\nThe role\nOur agents run on LangGraph, so experience with it is expected.";
    expect(levels(served).required).toContain("langgraph");
  });
});

describe("a role's disclaimer excludes only what it points back at", () => {
  it("keeps a mention when 'nothing to do with' or 'rien de' governs another thing", () => {
    expect(levels("Planner\nRequirements\n- Python and LangChain, so you have nothing to do with legacy Perl.").required).toContain(
      "langchain",
    );
    expect(levels("Planificateur\nProfil recherché\n- PyTorch au quotidien : ce poste n'a rien de routinier.").required).toContain(
      "deep-learning",
    );
    expect(levels("Planificador\nRequisitos\n- PyTorch a diario: el puesto no tiene nada de rutinario.").required).toContain(
      "deep-learning",
    );
  });
  it("still sets apart a mention it points back at", () => {
    expect(ids2("Planner\nThe role\n- Field repairs. The LangChain bots: you'll have nothing to do with them.")).toEqual([]);
    expect(ids2("Planificateur\nVos missions\n- Maintenance. Les LLM : ce poste n'a rien à voir avec ça.")).toEqual([]);
  });
});

describe("extractPostingSkills: level tags in brackets", () => {
  const level = (text: string, id: string) => extractPostingSkills(text).find((skill) => skill.id === id)?.level;
  it("reads a level tag in brackets as its bullet's level", () => {
    expect(level("AI Engineer\n\nRequirements\n- LangChain or LlamaIndex [nice, not a deal-breaker]", "langchain")).toBe("preferred");
    expect(level("AI Engineer\n\nRequirements\n- CrewAI (optional) for our pilots", "multi-agent-frameworks")).toBe("preferred");
    expect(level("AI Engineer\n\nRequirements\n- Python [must], LangChain", "langchain")).toBe("required");
    // A bracket that opens with no level word is no tag.
    expect(level("AI Engineer\n\nRequirements\n- LangChain [nicely documented pipelines]", "langchain")).toBe("required");
  });
});

describe("extractPostingSkills: another team named by its skill", () => {
  const ids = (text: string) => extractPostingSkills(text).map((skill) => skill.id);
  it("does not read the name of a team the hire works beside as an ask", () => {
    expect(ids("Data scientist\n\nQué harás\n- Llevar los modelos a producción junto al equipo de MLOps")).not.toContain("mlops");
    expect(ids("Data scientist\n\nVos missions\n- Livrer les modèles avec l'équipe MLOps du groupe")).not.toContain("mlops");
    expect(ids("Data scientist\n\nWhat you'll do\n- Ship the scoring models alongside the MLOps team")).not.toContain("mlops");
  });

  it("still reads the skill the hire is asked for beside a team, or a team the hire joins", () => {
    expect(ids("Data scientist\n\nWhat you'll do\n- Run MLOps for the forecasting team")).toContain("mlops");
    expect(ids("Data scientist\n\nWhat you'll do\n- Join the MLOps team and own our MLflow registry")).toContain("mlops");
    expect(ids("Data scientist\n\nQué harás\n- Construir pipelines de MLOps con el equipo de datos")).toContain("mlops");
    expect(
      ids("AI engineer\n\nWhat you'll do\n- Build RAG with LangChain\n- Integrate our assistant with the OpenAI and Teams APIs"),
    ).toContain("openai");
    expect(ids("AI engineer\n\nWhat you'll do\n- Ship a LangChain bot with Slack and Teams integrations")).toContain("langchain");
  });
});
