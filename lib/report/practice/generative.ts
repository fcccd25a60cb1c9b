import type { PracticeTopic } from "./types";

export const LLM_FUNDAMENTALS: PracticeTopic = {
  id: "llm-fundamentals",
  summary:
    "How large language models turn a prompt into text, and how to build with them: choosing a model, writing and testing prompts, calling hosted APIs (OpenAI, Anthropic, Gemini) or open models (Hugging Face), and measuring whether the output is good enough.",
  probes: [
    "Model selection under cost constraints: when a smaller or cheaper model is good enough, and how you know",
    "Latency trade-offs: streaming, output length, caching and batching",
    "Prompt design you can defend: instructions, examples, structured output, and how you tested it",
    "Evaluation: how you decide one prompt or model is better than another",
  ],
  questions: [
    "Walk through what happens between sending a prompt and receiving the last token. Where does latency come from?",
    "A prompt works in testing but fails on 5% of real inputs. How do you find and fix the failures?",
    "When would you fine-tune a model instead of improving the prompt or adding retrieval?",
    "How do you get reliably structured output (JSON) from a model, and what do you do when parsing fails?",
    "Your monthly model bill doubled. What do you measure first, and which levers do you pull?",
    "How would you build an evaluation set for a summarization feature, and what would you score?",
    "What are hallucinations, and which techniques reduce them in a product you shipped?",
  ],
  checklist: [
    'Name the models and APIs you used ("GPT-4o via the OpenAI API", "Claude via the Anthropic SDK").',
    "Say what the LLM feature did for users, not only that it used an LLM.",
    "Give a measured result: accuracy on an eval set, latency, cost per request, adoption.",
    "Mention how you evaluated outputs (eval set, human review, automated checks).",
    "Keep the skills list honest: list a model or API only if a project line shows you used it.",
  ],
  docs: [
    { title: "OpenAI API documentation", url: "https://platform.openai.com/docs/overview" },
    { title: "Anthropic (Claude) documentation", url: "https://docs.anthropic.com/en/docs/intro" },
    { title: "Gemini API documentation", url: "https://ai.google.dev/gemini-api/docs" },
    { title: "Hugging Face Transformers documentation", url: "https://huggingface.co/docs/transformers/index" },
  ],
};

export const RAG_ARCHITECTURE: PracticeTopic = {
  id: "rag-architecture",
  summary:
    "Retrieval-augmented generation grounds a model's answer in your own documents: split documents into chunks, embed them, store the vectors in a vector database, retrieve the most relevant chunks for a question and give them to the model with the question.",
  probes: [
    "Retrieval quality: how you measure it (recall@k, hit rate) separately from answer quality",
    "Chunking and embedding choices, and what they cost when they are wrong",
    "Hybrid search and re-ranking: when keyword search beats vectors",
    'Keeping the index fresh, and answering "I don\'t know" when nothing relevant is retrieved',
  ],
  questions: [
    "Users say the assistant answers confidently but wrongly. How do you tell a retrieval failure from a generation failure?",
    "How do you choose a chunk size and overlap? What goes wrong at each extreme?",
    "When would you add BM25 keyword search or a re-ranker to a vector search?",
    "Compare pgvector in an existing Postgres with a dedicated vector database. What decides it?",
    "How do you evaluate a RAG system before launch, and what do you monitor after?",
    "Documents change daily. How do you keep embeddings up to date without re-embedding everything?",
    "How do you stop the model from answering from its own knowledge when the documents say nothing?",
  ],
  checklist: [
    'Write "RAG" or "retrieval-augmented generation" in the line that describes the system.',
    "Name the vector store (Pinecone, pgvector, FAISS, Weaviate…) and the embedding model.",
    "Give the corpus size and a quality number (retrieval hit rate, answer accuracy, deflection rate).",
    "Mention chunking, hybrid search or re-ranking if you designed them: they are what interviews probe.",
  ],
  docs: [
    { title: "LlamaIndex documentation", url: "https://docs.llamaindex.ai/" },
    { title: "LangChain documentation", url: "https://docs.langchain.com/oss/python/langchain/overview" },
    { title: "pgvector (official README)", url: "https://github.com/pgvector/pgvector" },
    { title: "Pinecone documentation", url: "https://docs.pinecone.io/" },
    { title: "FAISS documentation", url: "https://faiss.ai/" },
  ],
};

export const AI_AGENTS: PracticeTopic = {
  id: "ai-agents",
  summary:
    "An AI agent is an LLM application that decides its own next step: it calls tools (APIs, code, search), reads the results and continues until the task is done. Frameworks such as LangChain, LangGraph, CrewAI and AutoGen provide the loop, state and multi-agent coordination.",
  probes: [
    "Agent failure modes: loops, wrong tool calls, runaway cost, compounding errors over many steps",
    "Tool design: schemas, error messages the model can act on, idempotent side effects",
    "Control: when a fixed workflow beats a free agent, and where a human approves",
    "Observability and evaluation of multi-step runs",
  ],
  questions: [
    "Describe an agent you built: what tools did it have, and how did it decide which to call?",
    "Your agent sometimes loops calling the same tool. How do you detect and stop it?",
    "When would you build a fixed graph of steps (for example in LangGraph) instead of a free-running agent?",
    "How do you keep an agent from taking an irreversible action by mistake?",
    "How do you evaluate an agent whose path to the answer differs every run?",
    "What does a multi-agent design buy you over one agent with more tools, and what does it cost?",
  ],
  checklist: [
    "Say what the agent automated and for whom, with a number (tickets resolved, hours saved).",
    "Name the framework (LangGraph, CrewAI, AutoGen, LangChain) and the tools the agent called.",
    "Mention the guardrails: step limits, approvals, evaluation of runs.",
    'Use the word "agent" in its software sense, beside the model and tools, so no reader mistakes it.',
  ],
  docs: [
    { title: "LangGraph documentation", url: "https://docs.langchain.com/oss/python/langgraph/overview" },
    { title: "CrewAI documentation", url: "https://docs.crewai.com/" },
    { title: "AutoGen documentation (now in maintenance mode)", url: "https://microsoft.github.io/autogen/stable/" },
    { title: "Microsoft Agent Framework documentation (AutoGen's successor)", url: "https://learn.microsoft.com/en-us/agent-framework/" },
    { title: "OpenAI function calling guide", url: "https://platform.openai.com/docs/guides/function-calling" },
    { title: "Anthropic tool use guide", url: "https://docs.anthropic.com/en/docs/agents-and-tools/tool-use/overview" },
  ],
};
