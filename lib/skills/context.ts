import * as W from "./context-words";
import { isSpace } from "./chars";
import type { SectionKind } from "./sections";
import { type LexiconGroup, type Token, WORD_USE } from "./tokens";

/**
 * Every word list of context-words.ts. The lexicon holds all their words (compile.ts), so a guard asks one of these
 * lists only about a token the lexicon marks as a guard's word, and never makes the string of a word none of them
 * holds. A guard's list is fast only when it is a Set exported from context-words.ts: any other set is asked about
 * every token's lower-case string.
 */
const CONTEXT_SETS: ReadonlySet<ReadonlySet<string>> = new Set(Object.values(W).filter((value) => value instanceof Set));

/** The guards' words, for the tokenizer's lexicon (compile.ts). */
export const CONTEXT_LEXICON: LexiconGroup[] = [[WORD_USE.contextWord, new Set([...CONTEXT_SETS].flatMap((words) => [...words]))]];

/** Whether a token's word is in `words`; for a list of context-words.ts, without making the word's string. */
function holds(words: ReadonlySet<string>, token: Token, listed: boolean): boolean {
  if (!listed) return words.has(token.lower);
  return (token.uses & WORD_USE.contextWord) !== 0 && words.has(token.lexiconWord!);
}

/** What a guard sees of one candidate match: the document's tokens, the match's token range, and its section. */
export interface MatchContext {
  /** The prepared text the tokens index into. */
  text: string;
  tokens: Token[];
  first: number;
  last: number;
  section: SectionKind | null;
  /** True when the match's line reads as a list of skills ("Python, PyTorch, LangChain"). */
  inList: boolean;
}

/**
 * Whether a token is the French verb "ai" after an elided pronoun ("J'ai conçu", "je n'ai pas"), not the acronym AI:
 * lower case, right after "j'", "n'", "l'", "m'", "t'" or "qu'". Asked only of a token a list already holds.
 */
function frenchAvoir(text: string, token: Token): boolean {
  if (token.raw !== "ai") return false;
  const apostrophe = text.charCodeAt(token.start - 1);
  if (apostrophe !== 39 && apostrophe !== 0x2019) return false;
  return /(?:^|[^\p{L}])(?:j|n|l|m|t|qu)$/iu.test(text.slice(Math.max(0, token.start - 4), token.start - 1));
}

/** Whether a list holds a token, read in its sense: the French "j'ai" holds no "ai". */
const sees = (ctx: MatchContext, words: ReadonlySet<string>, token: Token, listed: boolean) =>
  holds(words, token, listed) && !frenchAvoir(ctx.text, token);

function lineHas(ctx: MatchContext, words: Set<string>): boolean {
  const line = ctx.tokens[ctx.first]?.line;
  const listed = CONTEXT_SETS.has(words);
  for (let i = ctx.first - 1; i >= 0 && ctx.tokens[i]!.line === line; i--) if (sees(ctx, words, ctx.tokens[i]!, listed)) return true;
  for (let i = ctx.last + 1; i < ctx.tokens.length && ctx.tokens[i]!.line === line; i++) {
    if (sees(ctx, words, ctx.tokens[i]!, listed)) return true;
  }
  return false;
}

function windowHas(ctx: MatchContext, words: Set<string>, before: number, after: number, lineOnly = false): boolean {
  const from = Math.max(0, ctx.first - before);
  const to = Math.min(ctx.tokens.length - 1, ctx.last + after);
  const line = ctx.tokens[ctx.first]!.line;
  const listed = CONTEXT_SETS.has(words);
  for (let i = from; i <= to; i++) {
    if (i >= ctx.first && i <= ctx.last) continue;
    const token = ctx.tokens[i];
    if (lineOnly && token && token.line !== line) continue;
    if (token && sees(ctx, words, token, listed)) return true;
  }
  return false;
}

function next(ctx: MatchContext, offset = 1): Token | undefined {
  return ctx.tokens[ctx.last + offset];
}

function previous(ctx: MatchContext, offset = 1): Token | undefined {
  return ctx.tokens[ctx.first - offset];
}

/** The token right after the match, only when nothing but a space or a hyphen stands between ("ChatGPT API", not "ChatGPT, Gemini"). */
function adjacentNext(ctx: MatchContext): Token | undefined {
  const after = ctx.tokens[ctx.last + 1];
  if (!after) return undefined;
  return /^[ -]{1,2}$/.test(ctx.text.slice(ctx.tokens[ctx.last]!.end, after.start)) ? after : undefined;
}

/** Same line as the match (tokens on other lines say nothing about a name or a list item). */
function sameLine(ctx: MatchContext, token: Token | undefined): token is Token {
  return token !== undefined && token.line === ctx.tokens[ctx.first]?.line;
}

const techContext = (ctx: MatchContext) =>
  ctx.inList || ctx.section === "skills" || windowHas(ctx, W.TECH_WORDS, 8, 8) || headedBy(ctx, W.MODEL_NOUNS);
/**
 * The mention named by the noun of what it is right before it, one word between at most: "un modèle Mistral"
 * (MODEL_NOUNS), "une base Chroma", "base de datos Chroma" (STORE_NOUNS).
 */
function headedBy(ctx: MatchContext, nouns: ReadonlySet<string>): boolean {
  for (let offset = 1; offset <= 2; offset++) {
    const token = previous(ctx, offset);
    if (sameLine(ctx, token) && holds(nouns, token, true)) return true;
  }
  return false;
}

/**
 * A first name used as a name: a capitalised word or an initial after it that is not a product word ("Claude
 * Monet", "Claud D. Park"), or a title before it ("Dr. Claude").
 */
function usedAsPersonName(ctx: MatchContext): boolean {
  const after = next(ctx);
  // "Claude Monet", and in capitals "CLAUDE LEMOINE".
  const capitalised = /^\p{Lu}+$/u.test(ctx.tokens[ctx.first]!.raw) ? /^\p{Lu}+$/u : /^\p{Lu}(?:\p{Ll}+)?$/u;
  // A surname follows with only a space between: "Gemma, Python, SQL" is a list.
  const surname = sameLine(ctx, after) && /^ +$/.test(ctx.text.slice(ctx.tokens[ctx.last]!.end, after.start));
  if (surname && capitalised.test(after.raw) && !W.PRODUCT_WORDS.has(after.lower) && !W.TITLE_FUNCTION_WORDS.has(after.lower)) return true;
  const before = previous(ctx);
  if (sameLine(ctx, before) && W.PERSON_TITLES.has(before.lower)) return true;
  if (personAppositive(ctx) || onNameLine(ctx)) return true;
  return windowHas(ctx, W.NAME_NOUNS, 0, 5, true) && windowHas(ctx, W.POSSESSIVES, 0, 4, true);
}

/**
 * Whether the match stands on the document's name line or its signature: the first or the last line with words,
 * short ("CLAUDE LEMOINE", "Martin, Claude", "— Claude"), with no technical word beside it.
 */
function onNameLine(ctx: MatchContext): boolean {
  const line = ctx.tokens[ctx.first]!.line;
  // A last line in a skills list ("Claude, Gemini") is no signature.
  const signature = line === ctx.tokens.at(-1)!.line && !ctx.inList && ctx.section !== "skills";
  if (line !== ctx.tokens[0]!.line && !signature) return false;
  let words = 0;
  for (let i = ctx.first - 1; i >= 0 && ctx.tokens[i]!.line === line; i--, words++)
    if (holds(W.TECH_WORDS, ctx.tokens[i]!, true)) return false;
  for (let i = ctx.last + 1; i < ctx.tokens.length && ctx.tokens[i]!.line === line; i++, words++) {
    if (holds(W.TECH_WORDS, ctx.tokens[i]!, true)) return false;
  }
  return words <= 4;
}

/**
 * Whether a model family's name names something else: a boat, a club, a pet ("\"Gemini\" and \"Claude\" are two of
 * the boats in our club's fleet", "unser Hund Claude") with nothing built in its clause, or the translation of a
 * quoted name, alone in parentheses after it ("Ruderverein „Zwillinge\" (Gemini)", "le club « Les Gémeaux » (Gemini)").
 */
function namesake(ctx: MatchContext): boolean {
  const start = ctx.tokens[ctx.first]!.start;
  const end = ctx.tokens[ctx.last]!.end;
  if (QUOTE_THEN_PAREN.test(ctx.text.slice(Math.max(0, start - 4), start)) && /^\s*\)/.test(ctx.text.slice(end, end + 3))) return true;
  return namesakeBeside(ctx) && !clauseHas(ctx, W.BUILD_WORDS, 6, 6);
}

/**
 * The thing's noun next to the name, not anywhere near it: right before it in its clause ("the boat Gemini", "unser
 * Hund heißt Claude", "dinghies Claude and Gemini"), or after it in apposition or a copula ("Gemini, our club's boat",
 * "Claude is the horse"). "Claude and Gemini for the association's helpdesk" names no association's Claude.
 */
const COORDINATORS = new Set(["and", "und", "et", "y"]);
function namesakeBeside(ctx: MatchContext): boolean {
  const line = ctx.tokens[ctx.first]!.line;
  const gap = (a: number, b: number) => ctx.text.slice(ctx.tokens[a]!.end, ctx.tokens[b]!.start);
  for (let i = ctx.first - 1; i >= 0 && ctx.first - i <= 3 && inClauseWithNext(ctx, i, line); i--) {
    if (holds(W.NAMESAKE_WORDS, ctx.tokens[i]!, true)) return true;
  }
  // Past a second name coordinated with it: "\"Gemini\" and \"Claude\" are two of the boats".
  const last = COORDINATORS.has(next(ctx)?.lower ?? "") && ctx.tokens[ctx.last + 3] ? ctx.last + 2 : ctx.last;
  const after = ctx.tokens[last + 1];
  if (!after || after.line !== line) return false;
  if (!/,/.test(gap(last, last + 1)) && !W.NAMESAKE_LINKS.has(after.lower)) return false;
  for (let i = last + 1; i < ctx.tokens.length && i - last <= 6 && ctx.tokens[i]!.line === line; i++) {
    if (holds(W.NAMESAKE_WORDS, ctx.tokens[i]!, true)) return true;
  }
  return false;
}
/** A closing quotation mark, then an opening parenthesis: what stands in it glosses the quoted name. */
const QUOTE_THEN_PAREN = /["”“»'’]\s*\(\s*$/;

/** A name followed by who the person is: "Claude, our newest SDR", "Gemini, a colleague from finance". */
function personAppositive(ctx: MatchContext): boolean {
  const after = next(ctx);
  if (!sameLine(ctx, after) || !/^\s*,\s*$/.test(ctx.text.slice(ctx.tokens[ctx.last]!.end, after.start))) return false;
  if (!W.APPOSITIVE_DETERMINERS.has(after.lower)) return false;
  for (let offset = 2; offset <= 4; offset++) {
    const token = next(ctx, offset);
    if (!sameLine(ctx, token)) return false;
    if (W.ROLE_WORDS.has(token.lower) || W.PERSON_WORDS.has(token.lower)) return true;
  }
  return false;
}

/** A game's agents: game-AI words or a behaviour tree around them and no language model beside them. */
function gameAgent(ctx: MatchContext): boolean {
  const gameWords = windowHas(ctx, W.GAME_AI_WORDS, 6, 6) || twoWordsNear(ctx, W.BEHAVIOUR_TREE_FIRST, W.BEHAVIOUR_TREE_SECOND, 6, 6);
  return gameWords && !windowHas(ctx, W.LLM_MULTI_AGENT, 8, 8);
}

/** Whether a word of `first` directly followed by a word of `second` stands within `before`/`after` tokens of the match. */
function twoWordsNear(ctx: MatchContext, first: Set<string>, second: Set<string>, before: number, after: number): boolean {
  const from = Math.max(0, ctx.first - before);
  const to = Math.min(ctx.tokens.length - 1, ctx.last + after);
  for (let i = from; i < to; i++) {
    if (i >= ctx.first && i <= ctx.last) continue;
    if (holds(first, ctx.tokens[i]!, true) && holds(second, ctx.tokens[i + 1]!, true)) return true;
  }
  return false;
}

const FIRM_NAME_AFTER = new RegExp(`^\\s*(?:&|\\+|und|and)\\s*(?:${W.FIRM_PARTNER_WORDS.join("|")})(?![\\p{L}])`, "iu");

/**
 * A unit of people named by the skill it works on, with at most one more word of the unit's name between ("the ML
 * team", "our machine learning group", "the ML platform team"), or a firm's name ("Claude & Partner"): never the skill.
 */
function namesOrgUnit(ctx: MatchContext): boolean {
  const after = next(ctx);
  if (!sameLine(ctx, after)) return false;
  if (W.ORG_UNIT_WORDS.has(after.lower)) return true;
  const end = ctx.tokens[ctx.last]!.end;
  if (FIRM_NAME_AFTER.test(ctx.text.slice(end, end + 16))) return true;
  const unit = next(ctx, 2);
  return (
    sameLine(ctx, unit) &&
    W.ORG_UNIT_WORDS.has(unit.lower) &&
    !isNumber(after) &&
    !W.NOT_UNIT_NAME_WORDS.has(after.lower) &&
    onlySpaceBetween(ctx.text, ctx.tokens[ctx.last]!.end, after.start) &&
    onlySpaceBetween(ctx.text, after.end, unit.start) &&
    // "ML adoption org-wide": a unit noun glued to the next word is half of a compound, not a unit's name.
    !/[-\u2010\u2011]/.test(ctx.text[unit.end] ?? "")
  );
}

const isNumber = (token: Token | undefined) => token !== undefined && /^\d/.test(token.raw);

/**
 * Whether `words` stand within `before`/`after` tokens of the match without a clause break (, ; . : ! ?) between:
 * "though nothing I ship calls it" after a comma speaks of other work than the clause the match stands in.
 */
function clauseHas(ctx: MatchContext, words: Set<string>, before: number, after: number): boolean {
  const listed = CONTEXT_SETS.has(words);
  const line = ctx.tokens[ctx.first]!.line;
  const breaks = (from: number, to: number) => /[,;.:!?]/.test(ctx.text.slice(from, to));
  for (let i = ctx.first - 1; i >= Math.max(0, ctx.first - before); i--) {
    const token = ctx.tokens[i]!;
    if (token.line !== line || breaks(token.end, ctx.tokens[i + 1]!.start)) break;
    if (sees(ctx, words, token, listed)) return true;
  }
  for (let i = ctx.last + 1; i <= Math.min(ctx.tokens.length - 1, ctx.last + after); i++) {
    const token = ctx.tokens[i]!;
    if (token.line !== line || breaks(ctx.tokens[i - 1]!.end, token.start)) break;
    if (sees(ctx, words, token, listed)) return true;
  }
  return false;
}

/** A chat product used as an office tool ("drafted emails with ChatGPT") rather than built on or with, in its own clause. */
function officeUse(ctx: MatchContext): boolean {
  return windowHas(ctx, W.OFFICE_OBJECTS, 8, 8, true) && !clauseHas(ctx, W.BUILD_NOT_PROMPTING, 8, 8);
}

/**
 * Whether the match names an organisation rather than a skill, whatever the form (docs/labeling.md rule 1): the
 * kind of an organisation ("a vector-database start-up", "an LLM vendor", "une start-up d'IA générative"), a
 * product someone sells ("selling API credits and private deployments of our language models"), or an item of a
 * list of organisations ("companies including OpenAI"). The profiles someone hires ("profils LLM, RAG, agents") are
 * the scope stage's (someone else's skills).
 */
export function namesOrganisation(ctx: MatchContext): boolean {
  // The noun may stand on the line a bullet wraps onto ("two vector-database" / "companies"): only space between.
  const after = next(ctx);
  if (after !== undefined && onlySpaceBetween(ctx.text, ctx.tokens[ctx.last]!.end, after.start)) {
    if (holds(W.ORGANISATION_KIND_NOUNS, after, true)) return true;
    if (isCompoundNoun(after, next(ctx, 2))) return true;
  }
  const before = previous(ctx);
  const twoBefore = previous(ctx, 2);
  // French and Spanish also put the kind right after the noun, with no link: "Startup IA générative", "empresa IA".
  if (sameLine(ctx, before) && holds(W.ORGANISATION_KIND_BEFORE, before, true)) return true;
  if (sameLine(ctx, twoBefore) && holds(W.KIND_LINKS, before!, true)) {
    if (holds(W.ORGANISATION_KIND_BEFORE, twoBefore, true)) return true;
    if (isCompoundNoun(previous(ctx, 3), twoBefore)) return true;
  }
  return soldProduct(ctx) || inOrganisationList(ctx);
}

/**
 * Whether the match stands in a quoted criterion: a phrase in quotation marks that speaks of someone's experience
 * ("what \"experience with RAG\" should mean", "screened candidates on \"LLM experience\"", "„Erfahrung mit Agenten“
 * als Kriterium") quotes what a recruiter or a form looks for, and claims nothing of the author or asks nothing of
 * the reader. Only a match with a word of experience within a few words of it is looked at further.
 */
export function quotesCriterion(ctx: MatchContext): boolean {
  const line = ctx.tokens[ctx.first]!.line;
  // The nearest word of experience on each side: most mentions have none, and nothing more is read for them.
  let before = nearestOnLine(ctx, W.CRITERION_WORDS, line, -1);
  let after = nearestOnLine(ctx, W.CRITERION_WORDS, line, 1);
  const { text, tokens } = ctx;
  if (before < 0) {
    const auxiliary = nearestOnLine(ctx, W.CRITERION_AUXILIARIES, line, -1);
    if (auxiliary >= 0 && QUOTE_RIGHT_BEFORE.test(text.slice(Math.max(0, tokens[auxiliary]!.start - 3), tokens[auxiliary]!.start)))
      before = auxiliary;
  }
  if (before < 0 && after < 0) return false;
  // Within the same quotation as the mention: no quotation mark between them.
  if (before >= 0 && hasQuoteMark(text, tokens[before]!.end, tokens[ctx.first]!.start)) before = -1;
  if (after >= 0 && hasQuoteMark(text, tokens[ctx.last]!.end, tokens[after]!.start)) after = -1;
  if (before < 0 && after < 0) return false;
  // The quotation opens before the phrase's first word and closes after its last, on the line.
  const start = tokens[before < 0 ? ctx.first : before]!.start;
  const end = tokens[after < 0 ? ctx.last : after]!.end;
  return QUOTE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && QUOTE_AFTER.test(text.slice(end, end + 40));
}

/**
 * Whether the match is named only to tell another thing from it: "motion vectors (not to be confused with any vector
 * database)", "nicht zu verwechseln mit Claude", "à ne pas confondre avec LangChain", "no confundir con un agente de
 * IA": the word of confusion a few words before it, on its line.
 */
export function toldApart(ctx: MatchContext): boolean {
  const line = ctx.tokens[ctx.first]!.line;
  // Within the clause only, and negated: "Customers were confused; we added LlamaIndex citations" tells nothing apart.
  for (let i = ctx.first - 1; i >= 0 && ctx.first - i <= 4 && inClauseWithNext(ctx, i, line); i--) {
    if (!holds(W.CONFUSION_WORDS, ctx.tokens[i]!, true)) continue;
    for (let j = i - 1; j >= 0 && i - j <= 3 && inClauseWithNext(ctx, j, line); j--) {
      if (holds(W.CONFUSION_NEGATIONS, ctx.tokens[j]!, true)) return true;
    }
    return false;
  }
  return false;
}

/** Token i stands on the line and no clause break (a comma or a stop) parts it from the token after it. */
function inClauseWithNext(ctx: MatchContext, i: number, line: number): boolean {
  return ctx.tokens[i]!.line === line && !/[,;.:!?]/.test(ctx.text.slice(ctx.tokens[i]!.end, ctx.tokens[i + 1]!.start));
}

/** The index of the nearest of these words within four tokens before (-1) or after (1) the mention on its line, or -1. */
function nearestOnLine(ctx: MatchContext, list: ReadonlySet<string>, line: number, direction: -1 | 1): number {
  const from = direction < 0 ? ctx.first : ctx.last;
  for (let i = from + direction, n = 1; n <= 4 && i >= 0 && i < ctx.tokens.length && ctx.tokens[i]!.line === line; i += direction, n++) {
    if (holds(list, ctx.tokens[i]!, true)) return i;
  }
  return -1;
}

function hasQuoteMark(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (QUOTE_MARKS.has(text.charCodeAt(i))) return true;
  return false;
}
const QUOTE_MARKS = new Set(Array.from('"“”„«»', (mark) => mark.charCodeAt(0)));
/** An opening quotation mark and the words before the phrase within it, on the line; and the closing one after it. */
const QUOTE_BEFORE = /["“„«]\s*[^"“”„«»\n]*$/;
// The quotation may close on the line its bullet wraps onto ("… systems in" / "  production\"").
const QUOTE_AFTER = /^[^"“”„«»\n]*(?:\n[^"“”„«»\n]*)?["”“»]/;
/** An opening quotation mark right before a word: the word opens the quotation. */
const QUOTE_RIGHT_BEFORE = /["“„«]\s*$/;

/** "start-up", "scale-up": an organisation noun written as two tokens. */
function isCompoundNoun(first: Token | undefined, second: Token | undefined): boolean {
  return (
    first !== undefined && second !== undefined && holds(W.COMPOUND_NOUN_FIRST, first, true) && holds(W.COMPOUND_NOUN_SECOND, second, true)
  );
}

/** Whether only spaces, line breaks and hyphens, at most eight, stand in `text[from, to)`. */
function onlySpaceBetween(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 8) return false;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (!isSpace(code) && code !== 45) return false;
  }
  return true;
}

/**
 * A selling verb earlier in the match's clause, with no verb of using or making between: the product sold is the employer's.
 * The clause goes on across a line break onto a line that starts in lower case (a wrapped line, "… and private" /
 * "deployments of our language models").
 */
function soldProduct(ctx: MatchContext): boolean {
  for (let i = ctx.first - 1; i >= 0 && ctx.first - i <= 10; i--) {
    const token = ctx.tokens[i]!;
    const after = ctx.tokens[i + 1]!;
    if (breaksClause(ctx.text, token.end, after.start)) return false;
    if (token.line !== after.line && (after.line !== token.line + 1 || !/^\p{Ll}/u.test(after.raw))) return false;
    if (holds(W.USE_VERBS, token, true) || holds(W.MAKING_VERBS, token, true)) return false;
    if (holds(W.SALES_VERBS, token, true)) return true;
  }
  return false;
}

/** Whether the match is glued to a domain suffix ("DeepLearning.AI"): the name of an organisation, not a skill. */
export function gluedToDomain(text: string, tokens: Token[], last: number): boolean {
  const after = tokens[last + 1];
  const end = tokens[last]!.end;
  return after !== undefined && after.start === end + 1 && text.charCodeAt(end) === 46 && W.DOMAIN_SUFFIXES.has(after.lower);
}

/**
 * The product named before its maker, as French, Spanish and German word it: "l'API OpenAI", "la API de Claude",
 * "das SDK von Anthropic", "l'API d'OpenAI", "le Hub Hugging Face", "models from Hugging Face", "modèles issus de Hugging Face". A product word and its owner name the product,
 * never an employer.
 */
function productFirst(ctx: MatchContext): boolean {
  const before = previous(ctx);
  if (!sameLine(ctx, before)) return false;
  if (before.lower === "api" || before.lower === "sdk") return true;
  const twoBefore = previous(ctx, 2);
  // Any product word right after an article, its maker right after it: "le Hub Hugging Face", "los modelos OpenAI".
  if (sameLine(ctx, twoBefore) && W.PRODUCT_WORDS.has(before.lower) && W.PRODUCT_ARTICLES.has(twoBefore.lower)) {
    return onlySpaceBetween(ctx.text, before.end, ctx.tokens[ctx.first]!.start);
  }
  if (!sameLine(ctx, twoBefore) || !W.PRODUCT_LINKS.has(before.lower)) return false;
  if (isProductNoun(twoBefore)) return true;
  // A participle of origin between: "modèles issus de Hugging Face", "modelos procedentes de OpenAI".
  const threeBefore = previous(ctx, 3);
  return W.ORIGIN_PARTICIPLES.has(twoBefore.lower) && sameLine(ctx, threeBefore) && isProductNoun(threeBefore);
}

/** A noun of what a maker makes, in English or as French, Spanish and German name a model. */
const isProductNoun = (token: Token) => W.PRODUCT_WORDS.has(token.lower) || holds(W.MODEL_NOUNS, token, true);

/**
 * Whether a word of risk qualifies the match: "insecure tool use", "unsafe function calling" name a way an application
 * fails, which a security role looks for, not the agent work itself.
 */
function failureMode(ctx: MatchContext): boolean {
  const before = previous(ctx);
  return sameLine(ctx, before) && W.RISK_QUALIFIERS.has(before.lower);
}

/** What opens a list of an API's features after its name: a parenthesis, a dash, a colon. */
const FEATURE_LIST_OPENERS = new Set([40, 0x2014, 0x2013, 58]); // ( — – :

/**
 * Function calling or tool use as a model's own capability: not an API's feature listed or returning a schema, not a
 * way an application fails. The guard of both notApiFeature and toolUse.
 */
function modelCapability(ctx: MatchContext): boolean {
  return !inApiParenthesis(ctx) && !inApiEnumeration(ctx) && !failureMode(ctx) && !returnsStructuredOutput(ctx);
}

/**
 * Whether the match stands in a list of features opened right after an API's name and still open on its line: "OpenAI
 * API (chat, embeddings, function calling)", "the Claude API — tool use, prompt caching, the Messages API —".
 */
function inApiParenthesis(ctx: MatchContext): boolean {
  const token = ctx.tokens[ctx.first]!;
  let depth = 0;
  for (let i = token.start - 1; i >= 0 && token.start - i <= 120; i--) {
    const code = ctx.text.charCodeAt(i);
    if (code === 10) return false;
    if (code === 41) depth++;
    else if (FEATURE_LIST_OPENERS.has(code)) {
      if (depth > 0) {
        if (code === 40) depth--;
        continue;
      }
      // The word right before the parenthesis: one of the words an API is named by.
      let t = ctx.first - 1;
      while (t >= 0 && ctx.tokens[t]!.start > i) t--;
      const before = ctx.tokens[t];
      return before !== undefined && before.end <= i && W.API_WORDS.has(before.lower) && /^\s*$/.test(ctx.text.slice(before.end, i));
    }
  }
  return false;
}

/**
 * Whether the match is an item of an enumeration of features opened after an API's name: "through the OpenAI API,
 * including structured outputs and function calling", "die Gemini-API, inklusive Function Calling", read back across
 * the line its bullet wraps from. A sentence's end on the way ends the search.
 */
function inApiEnumeration(ctx: MatchContext): boolean {
  for (let i = ctx.first - 1; i >= 1 && ctx.first - i <= 8; i--) {
    const token = ctx.tokens[i]!;
    if (breaksClause(ctx.text, token.end, ctx.tokens[i + 1]!.start)) return false;
    if (!holds(W.FEATURE_LIST_WORDS, token, true)) continue;
    const before = ctx.tokens[i - 1]!;
    return W.API_WORDS.has(before.lower) && /^[\s,]*$/.test(ctx.text.slice(before.end, token.start));
  }
  return false;
}

/**
 * Function calling that makes the model return a structured output ("… returns a strict JSON schema"): the API's
 * output format. A verb of returning must govern the schema, and no agent may stand beside it: "a support agent with
 * function calling and structured outputs", "JSON schema arguments so the agent can query Postgres" are agents.
 */
const returnsStructuredOutput = (ctx: MatchContext) =>
  windowHas(ctx, W.STRUCTURED_OUTPUT_WORDS, 0, 6) && windowHas(ctx, W.RETURN_VERBS, 0, 6) && !windowHas(ctx, W.AGENT_WORDS, 8, 10);

/** Whether a clause-ending mark (; . : ! ? or a parenthesis) stands in `text[from, to)`: one scan of char codes. */
function breaksClause(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 59 || code === 46 || code === 58 || code === 33 || code === 63 || code === 40 || code === 41) return true;
  }
  return false;
}

/** Whether `text[from, to)` ends a list item: a comma or a slash, after any space or closing quote. One scan of char codes. */
function endsItem(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === 44 || code === 47) return true; // , /
    if (!isSpace(code) && code !== 0xbb && code !== 34 && code !== 0x201d && code !== 39 && code !== 0x2019) return false; // » " ” ' ’
  }
  return false;
}

/**
 * Whether the match is an item of a list of organisations the author or the company deals with: "sources at companies
 * including OpenAI, Anthropic and Mistral", "Customers include Anthropic", "a hackathon sponsored by Anthropic and
 * Mistral", "a claim against a generative AI developer". Names there are organisations, not products used. Between the list's head and the match stand only other
 * items (a name, or any word its comma ends) and the words that join them; anything else ("classification de
 * clients avec scikit-learn") or a use verb ("clients using Claude") makes it no such list.
 */
function inOrganisationList(ctx: MatchContext): boolean {
  const line = ctx.tokens[ctx.first]!.line;
  for (let i = ctx.first - 1; i >= 0 && ctx.first - i <= 12; i--) {
    const token = ctx.tokens[i]!;
    const gapEnd = ctx.tokens[i + 1]!.start;
    if (token.line !== line || breaksClause(ctx.text, token.end, gapEnd)) return false;
    const before = ctx.tokens[i - 1];
    // "co-selling agreements with OpenAI", "sponsored by Anthropic": the relation's preposition names its other party.
    if (holds(W.RELATION_PREPOSITIONS, token, true) && before !== undefined) {
      return holds(W.RELATION_HEADS, before, true);
    }
    // "a claim against a language-model developer": the party a legal action is brought against, an organisation
    // the mention names the kind of. "Validated expense claims against an LLM-based policy checker" is a check run.
    if (holds(W.OPPOSING_PREPOSITIONS, token, true) && before !== undefined) {
      return holds(W.LEGAL_ACTION_HEADS, before, true) && windowHas(ctx, W.OPPOSING_PARTY_NOUNS, 0, 3, true);
    }
    if (holds(W.ARTICLES, token, true)) continue;
    if (holds(W.USE_VERBS, token, true)) return false;
    if (holds(W.ORGANISATION_HEADS, token, true)) return true;
    const item = endsItem(ctx.text, token.end, gapEnd);
    // A product word makes the names products ("clients' LLM apps on Claude"), unless it is an item of the list itself.
    if (holds(W.PRODUCT_WORDS, token, true) && !item) return false;
    if (!item && !holds(W.LIST_GLUE, token, true) && !/^\p{Lu}/u.test(token.raw)) return false;
  }
  return false;
}

/** Transformers as neural networks, never power transformers nor the films. */
function neuralNotPowerTransformer(ctx: MatchContext): boolean {
  if (windowHas(ctx, W.ELECTRICAL_WORDS, 4, 4) || windowHas(ctx, W.FICTION_WORDS, 4, 4)) return false;
  return techContext(ctx);
}

/** "generative AI" as a field someone works in, not "generative AI tools" used to draft lesson plans. */
function aiConcept(ctx: MatchContext): Verdict {
  const after = adjacentNext(ctx);
  if (after && W.CONSUMER_TOOL_WORDS.has(after.lower) && !ctx.inList && ctx.section !== "skills" && officeUse(ctx)) return false;
  return "sure";
}

/**
 * A degree's name: "LLM in International Tax Law", "LLM (European Law)", "LLM en droit des affaires": after a link, a
 * field of law heads the phrase, with only capitalised words of its name before it. "An LLM in our law firm", "an LLM
 * in Python for contract law review" and "un LLM en cabinet de droit" name where a model works.
 */
function lawDegree(ctx: MatchContext): boolean {
  const after = next(ctx);
  if (!sameLine(ctx, after)) return false;
  const linked = holds(W.DEGREE_LINKS, after, true);
  if (!linked && !ctx.text.slice(ctx.tokens[ctx.last]!.end, after.start).includes("(")) return false;
  for (let offset = linked ? 2 : 1; offset <= 5; offset++) {
    const token = next(ctx, offset);
    if (!sameLine(ctx, token)) return false;
    if (holds(W.LAW_FIELD_WORDS, token, true)) return true;
    if (!/^\p{Lu}/u.test(token.raw)) return false;
  }
  return false;
}

/**
 * A guard's answer: false rejects; true accepts if corroboration agrees (sense-rules.ts); "shown" accepts only in a
 * document that shows the skill the guard's sense needs (sense-rules.ts, CORROBORATING_SKILL); "sure" accepts outright.
 */
export type Verdict = boolean | "shown" | "sure";

export const GUARDS = {
  /**
   * Forms that read one way in software and another elsewhere (NLP the coaching method, DPO the data officer): the
   * guard accepts, corroboration decides.
   */
  corroborated() {
    return true;
  },

  /** RAG as retrieval-augmented generation, never the red/amber/green status of a project report. */
  ragSense(ctx): Verdict {
    const after = next(ctx);
    if (sameLine(ctx, after) && W.RAG_STATUS_WORDS.has(after.lower)) return false;
    if (windowHas(ctx, W.RAG_STATUS_CONTEXT, 4, 4)) return false;
    // Beside retrieval words ("a RAG pipeline over documents") the sense is certain; alone it needs corroboration.
    return windowHas(ctx, W.RETRIEVAL_WORDS, 6, 6) ? "sure" : true;
  },

  /** "generative AI" as a field someone works in, not "generative AI tools" used to draft lesson plans. */
  aiConcept,

  /** "LLM" as a large language model, never the Master of Laws ("LLM in International Tax Law"). */
  llmAcronym(ctx): Verdict {
    return lawDegree(ctx) ? false : aiConcept(ctx);
  },

  /** "neural networks" of a model; in a neuroscientist's bullet about brains, the brain's. */
  neuralNetwork(ctx): Verdict {
    if (windowHas(ctx, W.NEURO_WORDS, 8, 8) && !windowHas(ctx, W.NEURAL_WORDS, 4, 4)) return false;
    return "sure";
  },

  /** "vector index" of embeddings, never a mosquito vector index, vector graphics or an attack vector. */
  vectorStore(ctx): Verdict {
    return windowHas(ctx, W.NON_EMBEDDING_VECTOR, 6, 6) ? false : "sure";
  },

  /** "GPT" as OpenAI's models, never a GUID partition table. */
  gptModel(ctx) {
    return !windowHas(ctx, W.PARTITION_WORDS, 4, 4) && techContext(ctx);
  },

  /** ChatGPT counts where something was built on it or with it, in a skills list, or beside its API; not as an office tool. */
  chatProduct(ctx) {
    const after = adjacentNext(ctx);
    if (after && W.PRODUCT_WORDS.has(after.lower)) return true;
    if (ctx.inList) return true;
    // A sentence under a skills heading may still say the product is only an office tool.
    if (officeUse(ctx)) return false;
    return ctx.section === "skills" || windowHas(ctx, W.BUILD_WORDS, 8, 8);
  },

  /**
   * Regression models and forecasting as machine learning or as statistics: sure beside words of prediction
   * ("validated on a hold-out"), else the document decides (sense-rules.ts, COMPETING_SENSES): a statistics CV's
   * "Linear Regression Models" course is not machine learning.
   */
  statisticalModel(ctx): Verdict {
    return windowHas(ctx, W.PREDICTIVE_WORDS, 12, 12) ? "sure" : true;
  },

  /** A tool at a category's edge (an experiment tracker for MLOps) shows it in described work, never as a list item. */
  describedWork(ctx) {
    return !ctx.inList && ctx.section !== "skills" && windowHas(ctx, W.TECH_WORDS, 8, 8);
  },

  /** Ambiguous short names (o1, Gemma, MCP) count only among other technical words. */
  techContext,

  /**
   * "Llama" as Meta's model among technical words, never the Spanish verb ("se llama", "lo llaman"). A third-person
   * clitic is an article too: before a capitalised "Llama" it names the model ("la Llama de Meta"), a verb being
   * written in lower case mid-sentence.
   */
  llamaModel(ctx) {
    const before = previous(ctx);
    if (sameLine(ctx, before) && W.CLITIC_WORDS.has(before.lower)) {
      const capitalised = /^\p{Lu}/u.test(ctx.tokens[ctx.first]!.raw);
      if (!(capitalised && W.ARTICLE_CLITICS.has(before.lower))) return false;
    }
    return techContext(ctx);
  },

  /**
   * "Diffusion models" of generated images or audio, never an outbreak's spread over space, heat, the Bass model of
   * an innovation's adoption or a decision's drift ("Modelos de difusión espacial de brotes", "Bass diffusion model
   * of EV adoption"): sure beside the generative vocabulary, false beside another diffusion's, else the document
   * decides (sense-rules.ts: one that speaks another diffusion throughout reads it in that sense).
   */
  diffusionModel(ctx): Verdict {
    if (windowHas(ctx, W.FIELD_DIFFUSION_WORDS, 4, 6, true)) return false;
    return windowHas(ctx, W.GENERATIVE_DIFFUSION_WORDS, 8, 8) ? "sure" : true;
  },

  /** A vector store's short name (Chroma, never the colour): among technical words, or named as the store it is. */
  vectorStoreName(ctx) {
    return techContext(ctx) || headedBy(ctx, W.STORE_NOUNS);
  },

  /** A model family named like a person ("Gemma"): never a name used as one ("Gemma Lopez"), else among technical words. */
  modelNamedLikePerson(ctx) {
    return !usedAsPersonName(ctx) && !namesake(ctx) && techContext(ctx);
  },

  /** "ML" as machine learning, never "5 ML" of liquid nor "the ML team" someone worked beside. */
  notQuantity(ctx) {
    const before = previous(ctx);
    return !(sameLine(ctx, before) && isNumber(before)) && !namesOrgUnit(ctx);
  },

  /** "machine learning" as a skill, not "the Machine Learning team" someone worked beside. */
  notOrgUnit(ctx) {
    return !namesOrgUnit(ctx);
  },

  /** CNN, RNN, GAN as network architectures: in a skills list or beside neural-network words, not a news channel. */
  neuralNet(ctx) {
    return ctx.inList || ctx.section === "skills" || windowHas(ctx, W.NEURAL_WORDS, 6, 6);
  },

  /** "agents" as software built on models, never real-estate, travel or customer-service agents, nor "agent-less". */
  softwareAgent(ctx) {
    const after = next(ctx);
    if (sameLine(ctx, after) && (after.lower === "less" || after.lower === "based")) return false;
    if (windowHas(ctx, W.HUMAN_AGENT_WORDS, 3, 1) || gameAgent(ctx)) return false;
    // The agent of "multi-agent reinforcement learning" or "multi-agent simulation" is that field's, not a model's.
    if (previous(ctx)?.lower === "multi" && after !== undefined && W.NON_LLM_MULTI_AGENT.has(after.lower)) return false;
    return windowHas(ctx, W.AI_AGENT_WORDS, 6, 6);
  },

  /** "AI agents" as agents built on models, never a game's scripted characters ("enemy AI agents with behaviour trees"). */
  modelAgent(ctx): Verdict {
    return gameAgent(ctx) ? false : "sure";
  },

  /**
   * Function calling and tool use as a model calling tools for a task ("the support chatbot … with function calling
   * for order lookups"), not as one more feature listed after a model API's name ("OpenAI API (chat, embeddings,
   * function calling)"), which shows the API, not an agent. Corroboration decides the rest.
   */
  notApiFeature(ctx) {
    return modelCapability(ctx);
  },

  /** "tool use" as a model's, beside corroborating vocabulary (never a primate's or a power tool's), and not an API's feature. */
  toolUse(ctx) {
    return modelCapability(ctx);
  },

  /** "multi-agent" as LLM agents; multi-agent reinforcement learning and simulation are a different field. */
  llmMultiAgent(ctx) {
    const after = next(ctx);
    if (after && W.NON_LLM_MULTI_AGENT.has(after.lower)) return false;
    if (windowHas(ctx, W.NON_LLM_MULTI_AGENT, 6, 6)) return false;
    return windowHas(ctx, W.LLM_MULTI_AGENT, 8, 8);
  },

  /** Transformers as neural networks, never power transformers. */
  neuralTransformer: neuralNotPowerTransformer,

  /**
   * "Transformers" as a neural network architecture, not as the name of Hugging Face's library ("la bibliothèque
   * Transformers de Hugging Face"), which shows hugging-face (docs/labeling.md rule 4), not deep learning.
   */
  transformerArchitecture(ctx) {
    return !windowHas(ctx, W.LIBRARY_WORDS, 2, 3, true) && neuralNotPowerTransformer(ctx);
  },

  /** "language model" as a neural one, never the n-gram model of a speech decoder ("a 5-gram language model (KenLM)"). */
  neuralLanguageModel(ctx) {
    return !windowHas(ctx, W.STATISTICAL_LM_WORDS, 4, 6);
  },

  /** "prompting" as prompting a model, not prompting customers or prompt service. */
  modelPrompting(ctx) {
    return ctx.section === "skills" || windowHas(ctx, W.MODEL_WORDS, 6, 6);
  },

  /**
   * "system messages" as a model's instructions: sure beside model words, else only in a document that shows LLM
   * work (sense-rules.ts, CORROBORATING_SKILL), never an operating system's messages.
   */
  modelInstructions(ctx): Verdict {
    return ctx.section === "skills" || windowHas(ctx, W.MODEL_WORDS, 6, 6) ? "sure" : "shown";
  },

  /**
   * Re-ranking, hybrid search: RAG beside words of generation (or in a skills list), or as retrieval over content in
   * a document that shows LLM work ("Retrieval over help-center content (hybrid search, re-ranking)" in an agent
   * posting); classic retrieval in a recommender, or in a document with no LLM work.
   */
  generationContext(ctx): Verdict {
    if (ctx.inList || ctx.section === "skills") return true;
    // A model on the same line outranks ranking words: "re-ranking over the top 50 candidates before the LLM answers".
    if (windowHas(ctx, W.GENERATION_WORDS, 12, 12, true)) return true;
    if (windowHas(ctx, W.RECOMMENDER_WORDS, 12, 12, true)) return false;
    // Retrieval over content, on its own line: RAG where the document shows LLM work (sense-rules.ts).
    if (windowHas(ctx, W.GENERATION_WORDS, 12, 12)) return true;
    return windowHas(ctx, W.RETRIEVAL_WORDS, 6, 6, true) ? "shown" : false;
  },

  /** "chunking" as splitting documents for retrieval, not the memory technique or a batch job. */
  retrievalContext(ctx) {
    return windowHas(ctx, W.RETRIEVAL_WORDS, 6, 6);
  },

  /** Embeddings count as vector-database work only when kept in a store or searched by similarity. */
  embeddingStore(ctx) {
    return windowHas(ctx, W.EMBEDDING_STORE_WORDS, 5, 5);
  },

  /** An organisation's name counts only where its product was used: "OpenAI API", "using Anthropic", a skills list. */
  platformUse(ctx): Verdict {
    if (namesOrgUnit(ctx)) return false;
    // Through the maker's possessive too: "Anthropic's models", "OpenAI’s API".
    const first = next(ctx);
    const possessive = first?.lower === "s" && /^['’]$/.test(ctx.text.slice(ctx.tokens[ctx.last]!.end, first.start));
    const after = next(ctx, possessive ? 2 : 1);
    if (sameLine(ctx, after) && W.PRODUCT_WORDS.has(after.lower)) return true;
    const before = previous(ctx);
    if (sameLine(ctx, before) && W.EMPLOYER_MARKERS.has(before.lower)) return false;
    // The product named first, as French, Spanish and German put it, is the product as surely as "OpenAI API" is.
    if (productFirst(ctx)) return "sure";
    if (ctx.section === "skills") return true;
    if (lineHas(ctx, W.ROLE_WORDS)) return false;
    if (ctx.inList) return true;
    return windowHas(ctx, W.USE_VERBS, 3, 0) && !windowHas(ctx, W.EMPLOYER_MARKERS, 2, 0);
  },

  /** "Claude" as Anthropic's model, never a person's name nor a boat's or a club's. */
  claudeModel(ctx): Verdict {
    if (usedAsPersonName(ctx) || namesOrgUnit(ctx) || namesake(ctx)) return false;
    if (productFirst(ctx)) return "sure";
    const before = previous(ctx);
    if (sameLine(ctx, before) && before.lower === "anthropic") return true;
    if (!ctx.inList && ctx.section !== "skills" && officeUse(ctx)) return false;
    return techContext(ctx);
  },

  /** Sonnet, Opus, Haiku as Claude models: beside "Claude"/"Anthropic", or versioned among technical words. */
  claudeFamily(ctx) {
    if (windowHas(ctx, W.CLAUDE_WORDS, 3, 3)) return true;
    return sameLine(ctx, next(ctx)) && isNumber(next(ctx)) && techContext(ctx);
  },

  /** "Gemini" as Google's model, never the crypto exchange, the star sign, a person or a boat. */
  geminiModel(ctx): Verdict {
    if (usedAsPersonName(ctx) || namesOrgUnit(ctx) || namesake(ctx)) return false;
    if (productFirst(ctx)) return "sure";
    if (windowHas(ctx, W.NOT_GEMINI_MODEL, 6, 6)) return false;
    if (!ctx.inList && ctx.section !== "skills" && officeUse(ctx)) return false;
    return techContext(ctx);
  },
} satisfies Record<string, (ctx: MatchContext) => Verdict>;

export type GuardName = keyof typeof GUARDS;
