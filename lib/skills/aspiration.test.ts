import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

const usages = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => `${skill.id}:${skill.usage}`)
    .sort();

/** CPU time of the fastest of three runs, in ms: unlike the wall clock it does not grow while another process holds the core. */
const cpu = (text: string) => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.cpuUsage();
    matchSkills(text);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
};

describe("a quoted title followed by a run of dashes", () => {
  const titled = (dashes: number) => `Course “RAG with LangChain” ${"-".repeat(dashes)} x. enrolled`;

  it("reads the mention the same whatever the length of the run", () => {
    expect(usages(titled(100_000 - 50))).toEqual(usages(titled(8)));
  });

  it("takes time that grows with the text, not with its square", () => {
    const small = cpu(titled(10_000));
    const large = cpu(titled(100_000));
    // Linear work grows about tenfold here; a pattern splitting the run every way grows a hundredfold or more.
    expect(large).toBeLessThan(Math.max(small, 5) * 30);
  });
});

describe("a status word after the mention", () => {
  it("reads 'starting in 2023' after a tool as when its use began, and 'starts' after a quoted course title as a plan", () => {
    expect(usages("Experience\nBuilt internal agents with LangChain starting in 2023.")).toContain("langchain:used");
    expect(usages("Education\nCourse “Building agents with LangChain” — enrolled, starts in February")).not.toContain("langchain:used");
  });
});

const claimed = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => skill.id)
    .sort();
const aspired = (text: string) => matchSkills(text).aspirations.map((aspiration) => aspiration.id);

describe("a choice against a tool, before or after it", () => {
  it("reads 'decided against it' pointing back at the mention as not used", () => {
    const text = "Experience\n- We tried the LangGraph tutorial in week one and decided against it; the service is plain Python.";
    expect(claimed(text)).not.toContain("langgraph");
    expect(aspired(text)).toContain("langgraph");
  });
  it("reads what was used in a tool's place as negating the tool, in four languages", () => {
    expect(claimed("Experience\n- Wrote the parser in plain Python instead of LangChain, calling the OpenAI API.")).not.toContain(
      "langchain",
    );
    expect(claimed("Erfahrung\n- Den Parser in Python statt LangChain geschrieben, mit der OpenAI API.")).not.toContain("langchain");
    expect(claimed("Experiencia\n- El parser en Python en lugar de LangChain, con la API de OpenAI.")).not.toContain("langchain");
    expect(claimed("Expérience\n- Le parseur en Python au lieu de LangChain, avec l'API OpenAI.")).not.toContain("langchain");
  });
  it("keeps the tool the author chose", () => {
    expect(claimed("Experience\n- Used LangGraph rather than hand-written loops for the agent, in Python.")).toContain("langgraph");
  });
});

describe("a negation reaching the last item of a list through its head noun", () => {
  it("reads 'ni modelos de aprendizaje automático' as negated with the first item", () => {
    const text = "Experiencia\n- No he entrenado redes neuronales ni modelos de aprendizaje automático; uso Python y SQL.";
    expect(claimed(text)).toEqual([]);
    expect(aspired(text)).toEqual(expect.arrayContaining(["deep-learning", "machine-learning"]));
  });
  it("keeps a claim after a negated item when a verb of the author's own follows", () => {
    expect(claimed("Experience\n- No Kubernetes work, and then built the RAG service in Python.")).toContain("rag");
  });
});

describe("a negation after the mention, on the line its bullet wraps onto", () => {
  it("reads 'mit RAG selbst' / 'habe ich keine Erfahrung' as negated", () => {
    const text =
      "Erfahrung\n▪ Die Suche im Intranet betreibt ein externer Dienstleister mit Python und APIs; mit RAG selbst\n  habe ich keine Erfahrung.\n▪ Python";
    expect(claimed(text)).not.toContain("rag");
  });
});

describe("a course applied for", () => {
  it("reads a course 'beantragt' or 'solicitado' as not yet taken", () => {
    expect(claimed("Weiterbildung\n- Ein LangChain-Kurs ist für nächstes Jahr beantragt.")).not.toContain("langchain");
    expect(claimed("Formación\n- Curso de LangChain solicitado para 2027.")).not.toContain("langchain");
  });
});

describe("another company of the group, in a concessive clause", () => {
  it("reads the work of a parent or sister company after 'although' or 'obwohl' as theirs", () => {
    expect(
      claimed("Experience\n- Built dashboards in Python, although the parent company trains the neural networks behind them."),
    ).not.toContain("deep-learning");
  });
});

describe("a single piece written about a skill", () => {
  it("reads one article, essay or Beitrag about it as exposure, in four languages", () => {
    expect(aspired("Experience\n- Wrote an essay on generative AI for the alumni newsletter.")).toContain("generative-ai");
    expect(claimed("Expérience\n- Un article sur les grands modèles de langage pour un quotidien régional.")).toEqual([]);
    expect(claimed("Erfahrung\n- Ein Beitrag über KI-Agenten für die Mitarbeiterzeitung.")).toEqual([]);
    expect(claimed("Experiencia\n- Publiqué un artículo sobre RAG en una revista de economía.")).toEqual([]);
  });
});

describe("the people above or before the author as a clause's subject", () => {
  it("reads what an executive, founder or predecessor built as theirs", () => {
    expect(claimed("Experience\n- Our CEO built the first agent prototype on LangGraph; I wrote the launch emails.")).not.toContain(
      "langgraph",
    );
    expect(claimed("Experiencia\n- Mi directora entrenó los modelos de lenguaje; yo organicé las reuniones.")).not.toContain("llms");
  });
  it("keeps what the author built holding that title", () => {
    expect(claimed("Experience\n- I was the CTO and built the agent platform on LangGraph in Python.")).toContain("langgraph");
    expect(claimed("Experience\n- As CTO, built the agent platform on LangGraph.")).toContain("langgraph");
  });
});

describe("a goal named as the author's, learning still owed, a skill known only by name", () => {
  it("reads 'my aim for …:' and 'still have to learn' as goals", () => {
    expect(aspired("Experience\n- My aim for next year: a first LangGraph prototype.")).toContain("langgraph");
    expect(aspired("Experience\n- I still need to learn how vector databases index text.")).toContain("vector-databases");
    expect(claimed("Experiencia\n- Tengo que aprender LangChain este invierno.")).toEqual([]);
  });
  it("reads a skill known only by name, after it as German, Spanish and French put it, as no claim", () => {
    expect(claimed("Erfahrung\n- Von CrewAI habe ich bisher nur gehört.")).toEqual([]);
    expect(claimed("Experiencia\n- De LangGraph solo conozco el nombre.")).toEqual([]);
    expect(claimed("Expérience\n- LangGraph, je ne le connais que de nom.")).toEqual([]);
    expect(claimed("Experience\n- I know CrewAI only by name.")).toEqual([]);
  });
  it("keeps a claim beside a goal that was met", () => {
    expect(claimed("Experience\n- Built RAG search with LangChain; my goal was lower latency, hit in Q3.")).toContain("langchain");
  });
});

describe("others' work in new shapes", () => {
  it("reads an outsider relation to a group with its elided or contracted article, in Spanish and French", () => {
    expect(claimed("Experiencia\n- Trabajé junto al equipo que ajustaba los modelos de lenguaje; yo llevaba el presupuesto.")).toEqual([]);
    expect(claimed("Expérience\n- Aux côtés de l'équipe qui affinait les modèles de langage, j'ai tenu le budget.")).toEqual([]);
  });
  it("reads another group as the subject of a clause a subordinator opens, but not the author's own team", () => {
    expect(claimed("Experience\n- Ran a workshop day where the participants built chatbots with LangChain.")).toEqual([]);
    expect(claimed("Experience\n- Led the sprint where our team built the RAG service in Python.")).toContain("rag");
    expect(claimed("Experience\n- Built the RAG service in Python when the engineers were on leave.")).toContain("rag");
  });
  it("reads a group's thing named in a relative clause of possession as theirs", () => {
    expect(claimed("Experience\n- Managed the agency whose support bot runs on GPT-4.")).toEqual([]);
  });
  it("reads watching a group's work from beside it as exposure", () => {
    expect(claimed("Experience\n- Shadowed the platform engineers during their LangGraph migration.")).not.toContain("langgraph");
  });
  it("lets a negation reach the mention through 'jede', 'alguna'", () => {
    expect(claimed("Erfahrung\n- Ohne jede Erfahrung mit LangGraph.")).toEqual([]);
    expect(claimed("Experiencia\n- Sin experiencia alguna con LangGraph.")).toEqual([]);
  });
});

describe("the future and plans in new wording", () => {
  it("reads the author's future, a start about to happen and a choice still weighed as goals", () => {
    expect(claimed("Experience\n- Next month I will be wiring LangGraph into the billing bot.")).toEqual([]);
    expect(claimed("Experience\n- I'm about to start my first LangChain project.")).toEqual([]);
    expect(claimed("Experience\n- Evaluating whether vector databases would help our search.")).toEqual([]);
    expect(claimed("Erfahrung\n- Geplant ist ein LangGraph-Prototyp für das Frühjahr.")).toEqual([]);
    expect(claimed("Experiencia\n- El año que viene empezaré con LangGraph.")).toEqual([]);
    expect(claimed("Expérience\n- L'année prochaine, un premier projet avec LangGraph.")).toEqual([]);
  });
  it("keeps what a built thing will do", () => {
    expect(claimed("Experience\n- Built LangGraph agents that will route 3,000 tickets a day.")).toContain("langgraph");
  });
  it("lets a negation reach the mention through a verb of trying or touching", () => {
    expect(claimed("Experience\n- Haven't had the chance to try LangGraph.")).toEqual([]);
    expect(claimed("Expérience\n- Je n'ai encore jamais touché à LangGraph.")).toEqual([]);
  });
});

/** The skills a resume claims on one bullet under Experience, implied ones left out. */
const claimedOnBullet = (bullet: string) => {
  const text = `Jane Doe\njane@example.com\n\nExperience\nBuilt Python services on AWS, Docker and PostgreSQL.\n- ${bullet}\n`;
  const line = text.split("\n").length - 2;
  return matchSkills(text)
    .skills.filter((skill) => skill.usage !== "implied" && skill.evidence.some((evidence) => evidence.line === line))
    .map((skill) => skill.id)
    .sort();
};

describe("a group as the subject of a subordinate or concessive clause", () => {
  it("governs only its own clause: the author's main clause after it keeps the mention", () => {
    expect(claimedOnBullet("When the data team needed a chatbot I built one with LangChain and RAG.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("Quand l'équipe produit a demandé un assistant, j'ai construit un agent LangChain.")).toEqual([
      "ai-agents",
      "langchain",
    ]);
    expect(claimedOnBullet("Als das Team einen Chatbot brauchte, habe ich ihn mit LangChain gebaut.")).toEqual(["langchain"]);
    expect(claimedOnBullet("Cuando el equipo pidió un asistente, construí un agente con LangChain.")).toEqual(["ai-agents", "langchain"]);
    expect(claimedOnBullet("Even if the team was small, I shipped the RAG pipeline with LangChain.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("Bien que l'équipe fût réduite, j'ai livré le pipeline RAG avec LangChain.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("Where the platform group lacked search, I added pgvector retrieval.")).toEqual(["vector-databases"]);
  });

  it("still sets apart a mention inside the group's own clause", () => {
    expect(claimedOnBullet("Organised a hackathon where the students built RAG apps.")).toEqual([]);
  });
});

describe("another group as subject, the thing the author's", () => {
  it("keeps a mention the author's possessive heads", () => {
    expect(claimedOnBullet("Participants voted my LangChain agent best in show at the 2024 hackathon.")).toEqual([
      "ai-agents",
      "langchain",
    ]);
    expect(claimedOnBullet("Students rated my PyTorch deep learning course 4.8/5.")).toEqual(["deep-learning"]);
    expect(claimedOnBullet("Reviewers praised my LangChain retrieval pipeline.")).toEqual(["langchain"]);
  });
});

describe("an exposure cue followed by the author's own doing", () => {
  it("gives the mention back to the author", () => {
    expect(claimedOnBullet("Added a vector column on pgvector and wrote the RAG retrieval in LangChain.")).toEqual([
      "langchain",
      "rag",
      "vector-databases",
    ]);
    expect(claimedOnBullet("Sat in on design reviews and then built the PyTorch training loop myself.")).toEqual(["deep-learning"]);
    expect(claimedOnBullet("Published a piece on our LangChain agents after building them.")).toEqual(["ai-agents", "langchain"]);
    expect(claimedOnBullet("Wrote an article on fine-tuning Llama 3 with LoRA after shipping it at work.")).toEqual([
      "deep-learning",
      "llms",
    ]);
    expect(claimedOnBullet("Attended a talk on our PyTorch serving stack.")).toEqual(["deep-learning"]);
  });
});

describe("German 'statt' as the particle of 'stattfinden'", () => {
  it("is not 'instead of'", () => {
    expect(claimedOnBullet("Unter meiner Leitung fanden Schulungen statt zu PyTorch und LangChain.")).toEqual([
      "deep-learning",
      "langchain",
    ]);
    expect(claimedOnBullet("Jeden Monat fand ein Workshop statt mit LangChain-Demos, die ich selbst gebaut habe.")).toEqual(["langchain"]);
    expect(claimedOnBullet("Im Team finden Reviews statt zu unseren LangChain-Agenten.")).toEqual(["ai-agents", "langchain"]);
    expect(claimedOnBullet("Plain Python statt LangChain für die Agenten.")).not.toContain("langchain");
  });
});

describe("the author's future as a tense, not a time word", () => {
  it("keeps a claim whose clause says present or past work beside 'I will', a time unit ahead or a word of planning", () => {
    expect(claimedOnBullet("In this role I will lead the RAG platform built on LangChain and PyTorch.")).toEqual([
      "deep-learning",
      "langchain",
      "rag",
    ]);
    expect(claimedOnBullet("As your next ML engineer I'll bring five years of PyTorch and LangChain.")).toContain("langchain");
    expect(claimedOnBullet("Shipped a prototype and the next month scaled it on LangChain.")).toEqual(["langchain"]);
    expect(claimedOnBullet("Im nächsten Jahr übernahm ich die Migration auf LangChain.")).toEqual(["langchain"]);
    expect(claimedOnBullet("Considering cost I migrated search to pgvector and a LangChain RAG pipeline.")).toEqual([
      "langchain",
      "rag",
      "vector-databases",
    ]);
    expect(claimedOnBullet("Erfahrung in Planung und Betrieb von RAG-Systemen mit LangChain.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("Wie geplant ist die RAG-Plattform mit LangChain seit März live.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("Tal como está previsto en el contrato, mantengo el sistema RAG con LangChain.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("Seit 2023 soll ich als Tech Lead die RAG-Plattform mit LangChain verantworten.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("Achieved my goal of shipping a LangChain RAG assistant.")).toEqual(["langchain", "rag"]);
    expect(claimedOnBullet("I will gladly walk you through the LangChain agents I shipped.")).toContain("langchain");
  });

  it("still reads a plan in the future tense as an aspiration", () => {
    for (const plan of [
      "Next quarter I will be building a RAG prototype with LangChain.",
      "I will learn LangChain next year.",
      "I'll start a course on LangChain in 2027.",
      "My goal for 2027: ship a RAG prototype with LangChain.",
      "Geplant ist eine RAG-Plattform mit LangChain.",
    ])
      expect(claimedOnBullet(plan)).toEqual([]);
  });
});

describe("another group's passive ends where the author's own doing starts", () => {
  it("claims what the author added after a comma, with 'I' or 'myself'", () => {
    const retrieval = "Experience\n- Built an LLM help-desk answer service over our manuals with GPT-4.\n";
    expect(claimed(`${retrieval}- Looked after a bot developed by the agency, adding hybrid search myself.`)).toContain("rag");
    expect(claimed("Experience\n- Ran a portal designed by the agency, wiring in a RAG pipeline with LangChain.")).toContain("langchain");
    expect(claimed("Experience\n- Took over a chatbot created by the contractors, I then added LangChain agents.")).toContain("langchain");
    expect(claimed("Experiencia\n- Mantuve un portal desarrollado por el proveedor, integrando un pipeline RAG con LangChain.")).toContain(
      "langchain",
    );
  });
  it("keeps the group's thing theirs when nothing of the author's follows, or a participle only describes it", () => {
    expect(aspired("Experience\n- Ran dashboards for a chatbot created by the contractors, including its LangChain agents.")).toContain(
      "langchain",
    );
    expect(claimed("Experience\n- Supported a RAG chatbot on LangChain, which was built by the vendor team.")).toEqual([]);
  });
});

describe("a passive of making read by its shape, in any inflection and in German at the clause's end", () => {
  it("sets apart a German verb-final passive and an adjectival participle with another group as agent", () => {
    expect(claimed("Erfahrung\n- Der RAG-Chatbot mit LangChain wurde vom Dienstleister entwickelt.")).toEqual([]);
    expect(claimed("Erfahrung\n- Betreuung eines Chatbots mit LangChain, der vom Dienstleister gebaut wurde.")).toEqual([]);
    expect(claimed("Erfahrung\n- Ein vom Dienstleister entwickeltes Modell mit PyTorch betreut.")).toEqual([]);
  });
  it("sets apart French and Spanish participles in the plural and feminine", () => {
    expect(claimed("Expérience\n- Support d'applications LangChain développées par le prestataire.")).toEqual([]);
    expect(claimed("Experiencia\n- Mantenimiento de redes de PyTorch entrenadas por el equipo de datos.")).toEqual([]);
  });
  it("keeps the author's work that another group only uses, and the author's own part after the German passive", () => {
    expect(claimed("Experience\n- Built a RAG assistant with LangChain used by the sales team.")).toContain("langchain");
    expect(claimed("Erfahrung\n- PyTorch-Modelle trainiert, die vom Vertriebsteam genutzt werden.")).toContain("deep-learning");
    expect(
      claimed("Erfahrung\n- Das Portal wurde vom Dienstleister entwickelt, die RAG-Suche mit LangChain habe ich selbst gebaut."),
    ).toContain("langchain");
  });
});

describe("a heading of work under way: current work unless nothing under it reads as work", () => {
  it("keeps the author's work under 'In progress' when its lines are in the past tense or the first person", () => {
    expect(
      claimed(
        "Jane Doe\n\nIN PROGRESS\n- Building a RAG helper over our manuals with LangChain; I wrote its retrieval layer.\n\nEDUCATION\nBSc",
      ),
    ).toContain("langchain");
    expect(claimed("Ana Ruiz\n\nEN CURSO\n- Entrené un clasificador con PyTorch para el equipo de ventas.\n\nFORMACIÓN\nGrado")).toContain(
      "deep-learning",
    );
    expect(claimed("Léa Martin\n\nEN COURS\n- Je développe un agent LangGraph pour le support.\n\nFORMATION\nMaster")).toContain(
      "langgraph",
    );
  });
  it("reads it as plans when split with a plans part, or when its lines name no work", () => {
    expect(
      claimed("Jane Doe\n\nNEXT STEPS / IN PROGRESS\n- Shipped nothing yet; a LangGraph router for the ops desk\n\nEDUCATION\nBSc"),
    ).toEqual([]);
    expect(claimed("Jane Doe\n\nIN PROGRESS\n- A LangGraph router for the ops desk\n\nEDUCATION\nBSc")).toEqual([]);
    expect(claimed("Jan Berg\n\nIN ARBEIT\n- LangGraph-Agent für den Support (für 2027)\n\nAUSBILDUNG\nMaster")).toEqual([]);
  });
});
