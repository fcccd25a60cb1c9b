import { describe, expect, it } from "vitest";
import { DuplicateFilter } from "./dedupe";

const POSTING = `Senior AI Engineer
About the role: you will build retrieval-augmented generation services for our support product, used by forty thousand agents.
Requirements:
- 5+ years of Python and production experience with LangChain and a vector database such as Pinecone
- Experience calling the OpenAI API, evaluating outputs and keeping latency low
Nice to have: LangGraph, observability for LLM systems
Benefits: 30 days of holiday, a learning budget, hybrid work from our Berlin office.`;

describe("DuplicateFilter", () => {
  it("drops the same posting again, whatever its spacing, case or punctuation", () => {
    const filter = new DuplicateFilter();
    expect(filter.check(POSTING)).toBe("new");
    expect(filter.check(POSTING.toUpperCase().replace(/\n/g, "  \r\n"))).toBe("exact");
    expect(filter.check(POSTING.replace(/[.:,-]/g, " "))).toBe("exact");
    expect(filter.exactDropped).toBe(2);
  });

  it("drops the same posting from another board, with its own header and footer", () => {
    const filter = new DuplicateFilter();
    filter.check(POSTING);
    expect(filter.check(`Posted via JobBoardX · Apply within 30 days\n${POSTING}\nRef JBX-88213 · Report this job`)).toBe("near");
    expect(filter.nearDropped).toBe(1);
  });

  it("drops a short posting's copy from another board too (thirty words and the board's header)", () => {
    const short = `Senior AI Engineer
Requirements:
- Build retrieval-augmented generation (RAG) with LangChain and a vector database
- Python, evaluation habits
Nice to have: LangGraph
Salary: $150,000 - $170,000 per year`;
    const filter = new DuplicateFilter();
    expect(filter.check(short)).toBe("new");
    expect(filter.check(`Posted on BoardX\n${short}`)).toBe("near");
  });

  it("keeps postings that share a company's boilerplate but ask for different work", () => {
    const filter = new DuplicateFilter();
    const boilerplate = "About us: we build payroll software for small businesses in twelve countries. Benefits: 30 days of holiday.";
    const roles = [
      "Data Engineer. Requirements: Spark, Airflow, dbt and strong SQL for our warehouse; batch pipelines on AWS with Glue.",
      "Frontend Engineer. Requirements: React, TypeScript and CSS; accessibility audits and performance budgets for our dashboard.",
      "Machine Learning Engineer. Requirements: ranking models with XGBoost, model monitoring with MLflow, Python and SQL.",
      "Support Specialist. Requirements: answer payroll questions by phone and chat in English and German, two years of experience.",
    ];
    for (const role of roles) expect(filter.check(`${role}\n${boilerplate}`)).toBe("new");
  });

  it("drops a board's copy of a posting even when an earlier, different posting shares some of its hashes", () => {
    // Two postings two words apart are not duplicates, but agree on a band of their signatures; the second one's
    // copy on another board collides with it in that band only, and must still be found there.
    const first =
      "tests risk risk tests design data database build monitor database tools tools database agents search team python ship features python cloud risk agents ship monitor platform service evaluate ranking product customer prompts deploy agents deploy tools review metrics code metrics";
    const second = first.replace("evaluate ranking", "evaluate agents").replace("prompts deploy agents", "prompts database agents");
    const filter = new DuplicateFilter();
    expect(filter.check(first)).toBe("new");
    expect(filter.check(second)).toBe("new");
    expect(filter.check(`Posted on BoardX\n${second}`)).toBe("near");
  });

  it("keeps two similar postings for different roles, and drops a lightly edited copy of either", () => {
    const ml = POSTING.replace("Senior AI Engineer", "Machine Learning Engineer")
      .replace("retrieval-augmented generation services for our support product", "fraud models for our payments product")
      .replace("LangChain and a vector database such as Pinecone", "XGBoost and feature stores such as Feast")
      .replace("calling the OpenAI API, evaluating outputs", "training ranking models, monitoring drift")
      .replace("LangGraph, observability for LLM systems", "Spark, MLflow model registry");
    const filter = new DuplicateFilter();
    expect(filter.check(POSTING)).toBe("new");
    expect(filter.check(ml)).toBe("new");
    expect(filter.check(POSTING.replace("forty thousand", "fifty thousand").replace("hybrid work", "remote work"))).toBe("near");
    expect(filter.check(ml.replace("5+ years", "4+ years"))).toBe("near");
  });

  it("stays bounded: past its capacity it still checks postings against those it indexed", () => {
    const filter = new DuplicateFilter({ capacity: 2 });
    const postings = ["alpha beta gamma delta epsilon", "one two three four five six", "red orange yellow green blue violet"];
    for (const posting of postings) expect(filter.check(posting)).toBe("new");
    expect(filter.check(postings[0]!)).toBe("exact");
    expect(filter.check(postings[2]!)).toBe("new");
  });
});
