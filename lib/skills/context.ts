import type { SectionKind } from "./sections";
import type { Token } from "./tokens";

/** What a guard sees of one candidate match: the document's tokens, the match's token range, and its section. */
export interface MatchContext {
  tokens: Token[];
  first: number;
  last: number;
  section: SectionKind | null;
  /** True when the match's line reads as a list of skills ("Python, PyTorch, LangChain"). */
  inList: boolean;
}

/** Words that show a passage is about software and models rather than people, places or electricity. */
const TECH_WORDS = new Set(
  ("ai api apis sdk sdks llm llms model models prompt prompts prompting python typescript javascript gpt gpt4 chatgpt " +
    "openai anthropic langchain langgraph llamaindex rag agent agents agentic embeddings embedding fine tuning tuned " +
    "inference chatbot chatbots copilot tools tool calling function vector pipeline pipelines genai generative " +
    "neural deep learning machine ml nlp transformer transformers pytorch tensorflow hugging huggingface " +
    "retrieval evaluation evals evaluations token tokens context mcp automation automated workflow workflows backend " +
    "kubernetes docker aws gcp azure cloud database databases sql server servers deployed deploy built integrated " +
    "integrating integration framework frameworks library libraries vertex bedrock multimodal vision reasoning").split(" "),
);

/** Words that mark "agent" as a person's job rather than software. */
const HUMAN_AGENT_WORDS = new Set(
  ("estate realty travel customer service support insurance sales call center centre booking leasing talent " +
    "sports free secret double change border patrol ticket tickets shipping freight purchasing listing buyer " +
    "buyers seller sellers rental property properties contact helpdesk desk claims federal fbi patent literary").split(" "),
);

/** Words after "multi-agent" that mean reinforcement learning or simulation rather than LLM agents. */
const NON_LLM_MULTI_AGENT = new Set("reinforcement rl marl simulation simulations path pathfinding robotics robots game games".split(" "));

/** Words after an organisation's name that show its product was used, not that it was the employer. */
const PRODUCT_WORDS = new Set(
  ("api apis sdk sdks models model gpt gpt4 gpt4o embeddings embedding assistants assistant hub transformers spaces " +
    "datasets whisper agents realtime responses functions function plugins plugin integration integrations tools " +
    "endpoints platform llms llm claude gemini dall codex o1 o3 chat completions fine").split(" "),
);

const USE_VERBS = new Set(
  ("using used use uses via leveraging leveraged leverage integrated integrating integrate built building powered " +
    "calling called call with on into through atop orchestrating deployed deploying fine tuned prompting").split(" "),
);

const EMPLOYER_MARKERS = new Set("at joined for intern internship company employer".split(" "));

/** Role words: a line naming a role and an organisation ("ML Engineer, OpenAI, San Francisco") is a job header. */
const ROLE_WORDS = new Set(
  ("engineer engineers developer scientist researcher intern manager analyst consultant architect lead director " +
    "founder cofounder contractor fellow resident").split(" "),
);

function lineHas(ctx: MatchContext, words: Set<string>): boolean {
  const line = ctx.tokens[ctx.first]?.line;
  for (let i = ctx.first - 1; i >= 0 && ctx.tokens[i]!.line === line; i--) if (words.has(ctx.tokens[i]!.lower)) return true;
  for (let i = ctx.last + 1; i < ctx.tokens.length && ctx.tokens[i]!.line === line; i++) {
    if (words.has(ctx.tokens[i]!.lower)) return true;
  }
  return false;
}

function windowHas(ctx: MatchContext, words: Set<string>, before: number, after: number): boolean {
  const from = Math.max(0, ctx.first - before);
  const to = Math.min(ctx.tokens.length - 1, ctx.last + after);
  for (let i = from; i <= to; i++) {
    if (i >= ctx.first && i <= ctx.last) continue;
    const token = ctx.tokens[i];
    if (token && words.has(token.lower)) return true;
  }
  return false;
}

function next(ctx: MatchContext, offset = 1): Token | undefined {
  return ctx.tokens[ctx.last + offset];
}

function previous(ctx: MatchContext, offset = 1): Token | undefined {
  return ctx.tokens[ctx.first - offset];
}

/** Same line as the match (tokens on other lines say nothing about a name or a list item). */
function sameLine(ctx: MatchContext, token: Token | undefined): token is Token {
  return token !== undefined && token.line === ctx.tokens[ctx.first]?.line;
}

const techContext = (ctx: MatchContext) => ctx.inList || ctx.section === "skills" || windowHas(ctx, TECH_WORDS, 8, 8);

/** A capitalised word after a first name that is not a product word reads as a surname: "Claude Monet". */
function followedBySurname(ctx: MatchContext): boolean {
  const after = next(ctx);
  return sameLine(ctx, after) && /^\p{Lu}\p{Ll}+$/u.test(after.raw) && !PRODUCT_WORDS.has(after.lower);
}

export const GUARDS = {
  /** Ambiguous short names (o1, Chroma, Gemma, MCP) count only among other technical words. */
  techContext,

  /** "agents" as software built on models, never real-estate, travel or customer-service agents, nor "agent-less". */
  softwareAgent(ctx) {
    const after = next(ctx);
    if (sameLine(ctx, after) && (after.lower === "less" || after.lower === "based")) return false;
    if (windowHas(ctx, HUMAN_AGENT_WORDS, 3, 1)) return false;
    const aiWords = new Set(["ai", "llm", "llms", "autonomous", "tool", "tools", "calling", "langchain", "langgraph",
      "crewai", "autogen", "gpt", "openai", "claude", "anthropic", "rag", "agentic", "planner", "mcp", "copilot",
      "genai", "generative", "prompt", "prompts", "reasoning", "orchestration", "orchestrated", "gemini", "models"]);
    return windowHas(ctx, aiWords, 6, 6);
  },

  /** "multi-agent" as LLM agents; multi-agent reinforcement learning and simulation are a different field. */
  llmMultiAgent(ctx) {
    const after = next(ctx);
    if (after && NON_LLM_MULTI_AGENT.has(after.lower)) return false;
    if (windowHas(ctx, NON_LLM_MULTI_AGENT, 6, 6)) return false;
    return windowHas(ctx, new Set(["llm", "llms", "langchain", "langgraph", "crewai", "autogen", "gpt", "openai",
      "claude", "agentic", "tool", "tools", "genai", "generative", "prompt"]), 8, 8);
  },

  /** Transformers as neural networks (or the Hugging Face library), never power transformers. */
  neuralTransformer(ctx) {
    const electrical = new Set(["power", "voltage", "substation", "substations", "electrical", "grid", "kva", "mva",
      "utility", "utilities", "distribution", "winding", "windings", "transmission"]);
    if (windowHas(ctx, electrical, 4, 4)) return false;
    return techContext(ctx);
  },

  /** An organisation's name counts only where its product was used: "OpenAI API", "using Anthropic", a skills list. */
  platformUse(ctx) {
    const after = next(ctx);
    if (sameLine(ctx, after) && PRODUCT_WORDS.has(after.lower)) return true;
    const before = previous(ctx);
    if (sameLine(ctx, before) && EMPLOYER_MARKERS.has(before.lower)) return false;
    if (ctx.section === "skills") return true;
    if (lineHas(ctx, ROLE_WORDS)) return false;
    if (ctx.inList) return true;
    return windowHas(ctx, USE_VERBS, 3, 0) && !windowHas(ctx, EMPLOYER_MARKERS, 2, 0);
  },

  /** "Claude" as Anthropic's model, never a person's name. */
  claudeModel(ctx) {
    if (followedBySurname(ctx)) return false;
    const before = previous(ctx);
    if (sameLine(ctx, before) && before.lower === "anthropic") return true;
    return techContext(ctx);
  },

  /** "Gemini" as Google's model, never the crypto exchange or the star sign. */
  geminiModel(ctx) {
    if (followedBySurname(ctx)) return false;
    const nonModel = new Set(["exchange", "crypto", "bitcoin", "zodiac", "trust", "trading", "dollar", "earn",
      "horoscope", "capsule", "spacecraft", "nasa", "cryptocurrency"]);
    if (windowHas(ctx, nonModel, 6, 6)) return false;
    return techContext(ctx);
  },
} satisfies Record<string, (ctx: MatchContext) => boolean>;

export type GuardName = keyof typeof GUARDS;
