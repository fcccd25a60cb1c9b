import { ASCII_KIND, firstNonSpace, isHighSurrogate, isLowSurrogate, isWordChar, maskAbbreviations, NOT_WORD, sentenceEnd } from "./chars";
import { headingPrefixTest } from "./sections";
import { type Token, WORD_USE } from "./tokens";
import {
  VERBAL_NEGATORS,
  ASK_VERBS,
  MY,
  OTHER_PEOPLE,
  AFTER_MODALS,
  AFTER_NEGATORS,
  AFTER_STATUS,
  CLAUSE_BREAK_WORDS,
  EXPOSURE_ABOUT,
  EXPOSURE_EVENTS,
  EXPOSURE_VERBS,
  FUTURE,
  FUTURE_TENSE,
  FREE_RELATIVE_HEADINGS,
  GOAL_HEADINGS,
  UNDER_WAY_HEADINGS,
  MODALITY,
  NEGATION_FILLER,
  SECOND_PERSON_FUTURE_ENDINGS,
  NEGATORS,
  OTHER_SUBJECT_DETERMINERS,
  BARE_OTHER_SUBJECTS,
  GROUP_UNITS,
  THEY,
  GERMAN_BACK_REFERENCES,
  GERMAN_DOING_PARTICIPLES,
  JOKE_CUES,
  NO_PART,
  COURSE_NOUNS,
  COURSE_LINKS,
  EXAMPLE_MARKERS,
  EXPERIENCE_NOUNS,
  HIRING,
  HIRED_PEOPLE,
  JOB_DOCUMENTS,
  ASKING,
  STOPPED_STATUS,
  CONDITIONALS,
  STATUS_ONLY_RIGHT_AFTER,
  OTHERS,
  POSTING_OTHER_SUBJECT_DETERMINERS,
  NOBODY,
  GERMAN_YOU_FUTURE,
  NEGATED_YOU_FUTURE,
  NOT_JUST,
  CANDIDATE_SUBJECTS,
  NOTHING_TO_DO,
  OTHERS_AFTER_DETERMINERS,
  OTHERS_AFTER_VERBS,
  PASSIVE_AGENT_VERBS,
  GERMAN_AGENT_PREPOSITIONS,
  PASSIVE_RELATIVES,
  OTHERS_LINKS,
  OUTSIDER_RELATIONS,
  BACK_REFERENCES,
  OWN_REFLEXIVES,
  DESCRIBING_PARTICIPLES,
  BARE_BACK_REFERENCES,
  BACK_REFERENCE_NOUNS,
  CLITIC_BACK_REFERENCES,
  ASK_PREDICATES,
  DISCLAIMER_NEGATORS,
  DOING_VERBS,
  OWN_PART,
  ROLE_NEGATORS,
  ROLE_WORDS,
  SHARED_SUBJECT_DETERMINERS,
  STATUS_LABELS,
  SUBORDINATORS,
  EXTERNAL_PARTIES,
  ORGANISATION_NOUNS,
} from "./scope-rules";

/**
 * The scope stage: whether the clause a mention stands in claims it. A goal, the future, a negation or someone
 * else's work governs a clause; a mention inside one is an aspiration, never a skill (docs/labeling.md rule 2). The
 * shapes are data in `scope-rules.ts`; this file only knows where a clause begins and how far each shape reaches.
 */
const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/'/g, "['’]");
const longestFirst = (list: readonly string[]) => [...list].sort((a, b) => b.length - a.length).map(escapeRegex);
const alternation = (list: readonly string[]) => longestFirst(list).join("|");
/**
 * Any phrase of the list as whole words, in any script: \b knows only ASCII letters, and these lists hold "möchte"
 * and "ningún". The test that no letter or digit stands before the phrase is written after each phrase, as a
 * lookbehind over the phrase and the character before it: a pattern that opens with a lookbehind has V8 test that
 * Unicode class at every position of the text (over a two-byte line, any line with a bullet or a dash, about three
 * times the cost of the whole match), while here it runs only where a phrase has matched. Each phrase has a fixed
 * length, so its lookbehind reads the very characters it matched and the character before them: the same matches.
 */
const words = (list: readonly string[]) => {
  if (list.length === 0) throw new Error("a word list of the scope stage is empty");
  return `(?:${longestFirst(list)
    .map((phrase) => `${phrase}(?<![\\p{L}\\p{N}]${phrase})`)
    .join("|")})(?![\\p{L}\\p{N}])`;
};

/**
 * Lower-case words of a text, split as the cue lists are: "I'm learning" → i, m, learning. A word is a run of
 * letters and digits (whole code points, chars.ts's `isWordChar`, the tokenizer's own test) of the lower-cased text.
 */
function wordsOf(text: string): string[] {
  const lower = text.toLowerCase();
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i < lower.length; i++) {
    const code = lower.charCodeAt(i);
    const inWord = code < 128 ? ASCII_KIND[code] !== NOT_WORD : isWordChar(lower, code, i);
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      found.push(lower.slice(start, i));
      start = -1;
    }
    // An astral letter is two code units: step over both.
    if (inWord && isHighSurrogate(code) && isLowSurrogate(lower.charCodeAt(i + 1))) i++;
  }
  if (start >= 0) found.push(lower.slice(start));
  return found;
}

/** A list of phrases as word sequences by first word: one Set lookup per word of a clause finds every candidate. */
function phraseIndex(list: readonly string[]): Map<string, string[][]> {
  const index = new Map<string, string[][]>();
  for (const phrase of list) {
    const parts = wordsOf(phrase);
    if (parts.length === 0) continue;
    const bucket = index.get(parts[0]!) ?? [];
    bucket.push(parts);
    index.set(parts[0]!, bucket);
  }
  return index;
}

/** Phrase lists by first word, each phrase tagged with its list's bit: one lookup per word answers for every list. */
function taggedPhraseIndex(
  lists: readonly (readonly [bit: number, phrases: readonly string[]])[],
): Map<string, { parts: string[]; bit: number }[]> {
  const index = new Map<string, { parts: string[]; bit: number }[]>();
  for (const [bit, phrases] of lists) {
    for (const [first, bucket] of phraseIndex(phrases)) {
      const entries = index.get(first) ?? [];
      for (const parts of bucket) entries.push({ parts, bit });
      index.set(first, entries);
    }
  }
  return index;
}

/**
 * The word lists a clause is looked up in, as bits. A pattern that needs a word of one of them runs only on a text
 * whose words hold it: a word lookup costs far less than a pattern tried at every position.
 */
const LIST = {
  modalOrFuture: 1,
  negators: 2,
  others: 4,
  exposure: 8,
  after: 16,
  disclaimer: 32,
  roleNegator: 64,
  hiring: 128,
  course: 256,
  they: 512,
  outsider: 1024,
  ask: 2048,
  othersAfterVerb: 4096,
  futureTense: 8192,
  joke: 16384,
} as const;
/** The words of hiring and the documents that ask for skills: the context of someone else's skills. */
const HIRING_CONTEXT = [...HIRING, ...JOB_DOCUMENTS];
/** The words after the mention that may open a shape read there: a negator, a status (a course's given up too), a verb of ownership. */
const AFTER_CUES = [...AFTER_NEGATORS, ...AFTER_STATUS, ...STOPPED_STATUS, ...OTHERS_AFTER_VERBS, ...AFTER_MODALS];
const LIST_INDEX = taggedPhraseIndex([
  [LIST.modalOrFuture, [...MODALITY, ...FUTURE].filter((cue) => !cue.endsWith(":"))], // colon cues: COLON_CUE
  [LIST.negators, [...NEGATORS, ...NOBODY, ...NEGATED_YOU_FUTURE]],
  [LIST.others, [...OTHERS, ...EXTERNAL_PARTIES]],
  [LIST.exposure, [...EXPOSURE_VERBS, ...EXPOSURE_ABOUT]],
  [LIST.after, AFTER_CUES],
  [LIST.disclaimer, [...DISCLAIMER_NEGATORS, ...NO_PART]],
  [LIST.roleNegator, ROLE_NEGATORS],
  [LIST.hiring, HIRING_CONTEXT],
  [LIST.course, COURSE_NOUNS],
  [LIST.they, THEY],
  [LIST.outsider, OUTSIDER_RELATIONS],
  [LIST.ask, [...ASK_VERBS, ...ASK_PREDICATES]],
  [LIST.othersAfterVerb, OTHERS_AFTER_VERBS],
  [LIST.futureTense, FUTURE_TENSE],
  [LIST.joke, JOKE_CUES],
]);

/** Which lists (LIST bits) have a phrase among the words, in order. */
function listsIn(clauseWords: string[]): number {
  let found = 0;
  for (let i = 0; i < clauseWords.length; i++) {
    const bucket = LIST_INDEX.get(clauseWords[i]!);
    if (!bucket) continue;
    for (const { parts, bit } of bucket) {
      if ((found & bit) !== 0) continue;
      let k = 1;
      while (k < parts.length && clauseWords[i + k] === parts[k]) k++;
      if (k === parts.length) found |= bit;
    }
  }
  return found;
}

// A cue written with its colon ("goal:") is a label only with it: "savings-goal onboarding" states no goal.
const COLON_CUES = [...MODALITY, ...FUTURE].filter((cue) => cue.endsWith(":"));
const COLON_CUE = new RegExp(`${words(COLON_CUES.map((cue) => cue.slice(0, -1)))}\\s*[:：]`, "iu");
/** A group's post-modifier before its relative clause: "the team at Acme that", "el equipo de IA de Mercalia que". */
// A bare word may modify it only right before the comma of its relative clause: "l'équipe data, qui entraînait …".
const GROUP_MODIFIER = String.raw`(?:\s+(?:of|at|from|de|del|du|des|d['’]|von|bei|aus|chez)\s*(?:[\p{L}\p{N}'’-]+\s+){0,2}?[\p{L}\p{N}'’-]+|\s+[\p{L}\p{N}-]+(?=\s*,))?`;
const NEGATOR = new RegExp(words(NEGATORS), "giu");
const VERBAL = new Set(VERBAL_NEGATORS);
const OTHERS_WORK = new RegExp(
  `${words(OUTSIDER_RELATIONS)}\\s+(?:\\S+\\s+){0,4}?(?:[ld]['’])?(?:[\\p{L}\\p{N}]+[-‐])*${words(OTHERS)}${GROUP_MODIFIER}(?:\\s*,?\\s*${words(OTHERS_LINKS.filter((l) => !["die", "der", "das", "welche"].includes(l)))}|\\s*,\\s*(?:die|der|das|welche)(?![\\p{L}])|['’]s\\s)`,
  "iu",
);
/** An object pronoun of the author right after the group: "m'ont", "me demandaient", "mir", "mich". */
const AUTHOR_OBJECT = String.raw`(?:m['’]|(?:me|mir|mich)(?![\p{L}\p{N}]))`;
/** A German verb, then "ich", within the group's own modifier: the subject is the author ("… habe ich", "… baute ich"). */
const AUTHOR_AFTER_VERB = String.raw`(?:(?:[\p{L}\p{N}-]+\s+){0,2}?(?!(?:wie|die|der|das|dass|als|wo|ob|weil|wenn|und|oder)\s)\p{L}+\s+ich(?![\p{L}\p{N}]))`;
/**
 * After the subject's noun: a verb follows, not "of the team", and never "… and I". A group the author is the object
 * of ("Les développeurs m'ont confié …", "Kollegen haben mir …") or, in German, a fronted object the author's "ich"
 * follows right after its verb ("Der Abteilung Vertrieb habe ich … gebaut", a dative) is not the clause's subject.
 */
const SUBJECT_VERB = String.raw`\s+(?!of\b|at\b|on\b|in\b|(?:and|&|y|und|et)\s+(?:i|me|yo|ich|moi)(?![\p{L}\p{N}])|${AUTHOR_OBJECT}|${AUTHOR_AFTER_VERB})\p{L}`;
/** Where bare colleagues are: "Colleagues in the platform group", "Kollegen aus dem Nachbarteam", "Colegas del equipo". */
const BARE_SUBJECT_MODIFIER = String.raw`(?:\s+(?:(?:in|at|from|of|on|im|am|aus|vom|von|bei|del|de|en|du|des)\s+|d['’])(?:\S+\s+){0,3}?\S+)?`;
/**
 * Where a group sits, one word after its preposition, before its verb: "the AI team in Austin owns …", "das Team in
 * München trainiert …" (never "the team in which I …": the pattern is case-blind, so a relative pronoun is ruled out).
 */
const GROUP_PLACE = String.raw`(?:\s+(?:in|at|im|en|à|au)\s+(?!(?:which|whom|that|dem|der|que|qui|lequel|laquelle)(?![\p{L}]))[\p{L}-]+)?`;
// The clause may open with the bullet of its line: "- My manager built …".
// An aside may open the clause: "(Note: the billing squad runs …)", "FYI: the data team trains …".
// A spaced dash opens a new clause when a group and its verb follow it ("… our Lab in Frankfurt — that team builds
// with …"); it is no clause break otherwise, since a dash also opens examples a negation reaches ("no agent
// frameworks — CrewAI, AutoGen").
const OTHER_SUBJECT = new RegExp(
  `(?:^|\\s[—–]\\s)\\s*(?:[-–—*>]\\s+|\\(\\s*)?(?:\\p{L}{1,12}\\s*[:：]\\s*)?(?:(?:(?:${words(OTHER_SUBJECT_DETERMINERS)}|(?:my\\s+|our\\s+)?\\p{L}+['’]s)\\s+|l['’])(?:\\S+\\s+){0,3}?${words(OTHERS)}${GROUP_PLACE}|${words(MY)}\\s+(?:\\S+\\s+)?${words(OTHER_PEOPLE)}|${words(BARE_OTHER_SUBJECTS)}${BARE_SUBJECT_MODIFIER})${SUBJECT_VERB}`,
  "iu",
);
/**
 * Whether another group is the subject of the mention's clause, governing it there, and the mention not the author's
 * own thing after the group's verb ("La filiale a adopté mon pipeline RAG" is the author's pipeline; "My colleague
 * built RAG" is not).
 */
function othersAreSubject(clause: string): boolean {
  const subject = OTHER_SUBJECT.exec(clause);
  return (
    subject !== null &&
    governsToMention(subject, clause) &&
    !AUTHORS_THING_AFTER_GROUP.test(clause.slice(subject.index + subject[0].length))
  );
}
/**
 * Another group as the subject of a clause a subordinator opens, anywhere before the mention: "Organised a hackathon
 * where the students built RAG apps", "a partner event where a vendor demoed its agents". Never the author's own
 * group put first ("where our team built …"): that subject may include the author.
 */
const OTHER_SUBORDINATE_SUBJECT = new RegExp(
  `${words(SUBORDINATORS)}\\s+(?!${words([...MY, ...POSTING_OTHER_SUBJECT_DETERMINERS])}\\s)(?:\\S+\\s+){0,3}?(?:[ld]['’])?${words(OTHERS)}${SUBJECT_VERB}`,
  "iu",
);
/** The author's possessive at most `between` words before the mention. */
const authorsThing = (between: number) => new RegExp(`${words(MY)}\\s+(?:\\S+\\s+){0,${between}}?$`, "iu");
/** The author's possessive on the mention's noun phrase: "Participants voted my LangChain agent best in show". */
const AUTHORS_THING = authorsThing(2);
/** After another group's verb, the author's possessive further before it: "… a adopté mon pipeline RAG avec LangChain". */
const AUTHORS_THING_AFTER_GROUP = authorsThing(4);
/** The author as the subject of a main clause: "…, I shipped", "…, j'ai livré", "…, habe ich", "… I built". */
const AUTHOR_MAIN_CLAUSE = /(?:^|[\s,])(?:i|ich|je|yo)(?![\p{L}\p{N}'’])|(?:^|[\s,])j['’]/iu;
/**
 * Whether the group subject `found` in `clause` still governs the clause at the mention. A subordinate (or concessive)
 * clause ends at its comma, or where the author becomes the subject: "When the data team needed a chatbot, I built
 * one with LangChain", "Cuando el equipo pidió un asistente, construí …". A group opening a main clause gives way
 * only where the author's subject follows a comma: "Even if the team was small, I shipped …".
 */
function governsToMention(found: RegExpExecArray | null, clause: string, subordinate = false): boolean {
  if (!found) return false;
  const rest = clause.slice(found.index + found[0].length);
  const comma = rest.indexOf(",");
  if (comma < 0) return !(subordinate && AUTHOR_MAIN_CLAUSE.test(rest));
  return !(subordinate || AUTHOR_MAIN_CLAUSE.test(rest.slice(comma)));
}
/**
 * A relative clause of another group's thing: "coordinated the vendor whose chatbot uses GPT-4", "le prestataire dont
 * l'assistant repose sur GPT-4".
 */
const WHOSE = ["whose", "dont", "cuyo", "cuya", "cuyos", "cuyas", "dessen", "deren"];
const OTHERS_WHOSE = new RegExp(`${words(OTHERS)}\\s*,?\\s*${words(WHOSE)}\\s+(?:\\S+\\s+){0,4}?$`, "iu");
/** The words either pattern needs, looked up among the clause's words before a pattern runs over it. */
const WHOSE_WORDS = new Set(WHOSE);
const SUBORDINATOR_FIRST_WORDS = new Set(SUBORDINATORS.map((subordinator) => subordinator.split(" ")[0]!));
/**
 * A named group's possessive right before the mention: "fill the data-science team's feature store" is their store.
 * A bare "the team's" is as often the author's own team, so the group must be named.
 */
const OTHERS_THING = new RegExp(
  `${words(OTHER_SUBJECT_DETERMINERS)}\\s+(?:\\S+\\s+){1,2}?${words(OTHERS)}['’]s\\s+(?:\\S+\\s+){0,2}?$`,
  "iu",
);
/** A group, then "they" opening an aside or a clause about it: "owned by the Platform team (they run everything on". */
const THEY_AFTER_GROUP = new RegExp(`${words(OTHERS)}\\s*[(,—–-]\\s*${words(THEY)}\\s+(?:\\S+\\s+){0,6}?$`, "iu");
/** An outside party's possessive right before the mention: "customers' retrieval-augmented generation projects". */
/** The last cell of a table row, after the mention, naming an outside party's thing: "| partner's stack". */
const OTHERS_ROW = new RegExp(`\\|\\s*(?:the\\s+|our\\s+|a\\s+)?${words(EXTERNAL_PARTIES)}['’]s?\\s+[^|]{0,40}$`, "iu");
const possessiveIn = (text: string) => text.includes("'") || text.includes("’");
const pipesIn = (text: string) => text.split("|").length - 1;
// The thing may open a quotation: "the vendor's “AI agent”".
const EXTERNAL_THING = new RegExp(`${words(EXTERNAL_PARTIES)}(?:['’]s|['’])\\s+(?:\\S+\\s+){0,2}?["“„«‹]?$`, "iu");
/** The mention inside a parenthesis that describes an organisation: "(an LLM vendor selling model hosting)". */
const ORGANISATION_DESCRIBED_BEFORE = new RegExp(
  `\\(\\s*${words(["a", "an", "the", "un", "une", "ein", "eine", "una", "el", "la", "le"])}\\s+(?:[^()\\s]+\\s+){0,3}?$`,
  "iu",
);
const ORGANISATION_DESCRIBED_AFTER = new RegExp(`^[^()]{0,40}?${words(ORGANISATION_NOUNS)}[^()]{0,80}\\)`, "iu");
/** A negator, then within a few words a verb of needing or expecting: the whole clause is not asked for. */
const NEGATED_ASK = new RegExp(
  `(?:${words(NEGATORS)}|${words(NOBODY)})\\s+(?:\\S+\\s+){0,2}?(?:${words(ASK_VERBS)}|${words(ASK_PREDICATES)}(?!\\s*[,;—–)]))`,
  "iu",
);
const POSTING_OTHER_SUBJECT = new RegExp(
  `^\\s*${words(POSTING_OTHER_SUBJECT_DETERMINERS)}\\s+(?:\\S+\\s+){0,3}?${words(OTHERS)}\\s+(?!of\\b|at\\b|on\\b|in\\b)\\p{L}`,
  "iu",
);
const EXPOSURE = new RegExp(`${words(EXPOSURE_VERBS)}\\s+(?:\\S+\\s+){0,3}?${words(EXPOSURE_EVENTS)}|${words(EXPOSURE_ABOUT)}`, "iu");
/** The author's possessives, the author's team's too. */
const OURS = [...MY, "our", "notre", "nos", "unser", "unsere", "unseren", "unserem", "nuestro", "nuestra", "nuestros", "nuestras"];
/** A past verb of the author's doing in the clause: its tense outranks a time word ("the next month scaled it"). */
const PAST_VERB = /(?<![\p{L}])(?:\p{L}{2,}ed|built|wrote|ran|led|took|made|grew|übernahm|baute|leitete|führte)(?![\p{L}])/iu;
/** The shapes in which a `FUTURE_TENSE` cue is a plan of the author's. */
const AUTHORS_FUTURE = [
  /(?<![\p{L}])(?:i\s+will|i['’]ll|i\s+shall)\s+(?:\S+\s+)?(?:learn|study|start|begin|join|move|transition|switch|pursue|explore|complete|finish|enrol|enroll|attend|dive|deepen|be\s+\p{L}+ing)(?![\p{L}])/iu,
  /(?<![\p{L}])(?:i\s+will|i['’]ll|i\s+shall)(?![\p{L}]).*(?<![\p{L}\p{N}])20\d\d(?![\p{N}])/iu,
  { test: (clause: string) => /(?<![\p{L}])next\s+(?:quarter|month|semester)(?![\p{L}])/iu.test(clause) && !PAST_VERB.test(clause) },
  /(?<![\p{L}])(?<!(?:wie|como)\s+)(?:geplant\s+ist|está\s+previsto)(?![\p{L}])/iu,
];
/**
 * After an exposure cue, the author's own doing takes the mention back: a coordinated verb ("sat in on reviews and
 * then built the PyTorch loop"), the author's possessive ("a piece on our LangChain agents") or, after the mention,
 * "after building them".
 */
const OWN_DOING_AFTER_EXPOSURE = new RegExp(
  `(?:${words(["and", "und", "et", "y"])}\\s+(?:${words(["then", "dann", "puis", "luego"])}\\s+)?(?:\\p{L}+ed|${words(DOING_VERBS)})(?![\\p{L}])|${words(OURS)}\\s)`,
  "iu",
);
/** A name given in jest (JOKE_CUES): "joke" and "jokes" only as a verb ("liked to joke", "as he jokes"), never "a joke bot". */
const JOKE = new RegExp(
  `${words(JOKE_CUES.filter((cue) => cue !== "joke" && cue !== "jokes"))}|(?<![\\p{L}])(?:to\\s+joke|(?:he|she|they|we)\\s+jokes?)(?![\\p{L}])`,
  "iu",
);
const AFTER_OWN_DOING = /^[^.;!?]*?\bafter\s+\p{L}+ing\b/iu;
function exposureGoverns(clause: string, afterMention: string): boolean {
  const cue = EXPOSURE.exec(clause);
  if (!cue) return false;
  return !OWN_DOING_AFTER_EXPOSURE.test(clause.slice(cue.index + cue[0].length)) && !AFTER_OWN_DOING.test(afterMention);
}
/** A clause that opens with a condition, after a bullet's mark. */
const CONDITION_OPENS = new RegExp(`^\\s*(?:[-–—*•·‣→]\\s*)?${words(CONDITIONALS)}\\s`, "iu");
/** "starting"/"starts" say a course's status only after its quoted title (TITLE_STATUS): "LangChain starting in 2023" is use. */
const TITLE_ONLY_STATUS = new Set(["starting", "starts"]);
// A course given up says so in brackets or after a dash ("Intro to ML (dropped in week 3)"); bare, "RAG dropped
// latency" is a result.
const AFTER = new RegExp(
  `^\\s*(?:[:(–—-]?\\s*${words(AFTER_STATUS.filter((status) => !TITLE_ONLY_STATUS.has(status)))}|[:(–—-]\\s*${words(STOPPED_STATUS)})`,
  "iu",
);
const AFTER_NEGATED = new RegExp(`^(?:\\s+\\S+){0,5}?\\s+${words(AFTER_NEGATORS)}`, "iu");
// Every break word starts and ends with an ASCII letter, so the plain \b is exact and cheaper than a lookbehind.
const BREAK = new RegExp(`[.;!?•|·]|\\b(?:${alternation(CLAUSE_BREAK_WORDS)})\\b`, "gi");
/** BREAK's characters, and its words alone: a clause is found by the last break character, then the words after it. */
const BREAK_CHARS = Array.from(".;!?•|·");
const BREAK_CODES = new Set(BREAK_CHARS.map((char) => char.charCodeAt(0)));
const BREAK_WORD = new RegExp(`\\b(?:${alternation(CLAUSE_BREAK_WORDS)})\\b`, "gi");
for (const word of CLAUSE_BREAK_WORDS) {
  if (BREAK_CHARS.some((char) => word.includes(char))) throw new Error(`break word "${word}" holds a break character`);
}
/** The rest of a hyphenated compound right after the mention ("Agenten-Frameworks", "RAG-Pipeline"). */
const COMPOUND_REST = /^[-‐][\p{L}\p{N}]+(?:[-‐][\p{L}\p{N}]+)*/u;
/** Whether a text opens with COMPOUND_REST's hyphen: most texts after a mention do not, and skip the pattern. */
const startsWithHyphen = (text: string) => text.charCodeAt(0) === 45 || text.charCodeAt(0) === 0x2010;
/** A negation glued to the mention: "non-LLM baselines". */
const GLUED_NEGATION = /(?:^|[^\p{L}])non-?\s*$/iu;
/** The words that join the items of a list, in the four languages. */
const CONJUNCTIONS = ["or", "and", "nor", "oder", "und", "o", "y", "ni", "ou", "et", "noch"];
/** Separators of a list the negation reaches across: "no experience with Kubernetes, Terraform or RAG". */
// Examples of a noun continue its list: "haven't used agent frameworks such as CrewAI", "keine Tools wie LangGraph".
const LIST_SEPARATOR = new RegExp(`\\s*(?:[,/&]|${words([...CONJUNCTIONS, ...EXAMPLE_MARKERS])})\\s*`, "iu");

const ANY_CUE = phraseIndex([
  ...MODALITY,
  ...FUTURE,
  ...NEGATORS,
  ...NOBODY,
  ...NEGATED_YOU_FUTURE,
  ...OUTSIDER_RELATIONS,
  ...OTHER_SUBJECT_DETERMINERS,
  ...MY,
  ...POSTING_OTHER_SUBJECT_DETERMINERS,
  ...EXPOSURE_VERBS,
  ...EXPOSURE_ABOUT,
  ...AFTER_CUES,
  ...DISCLAIMER_NEGATORS,
  ...NO_PART,
  ...ROLE_NEGATORS,
  ...STATUS_LABELS,
  ...COURSE_NOUNS,
  ...HIRING_CONTEXT,
  ...JOKE_CUES,
]);
const ANY_CUE_FIRST = new Set(ANY_CUE.keys());

/** Which shapes a cue phrase can open, as bits: one lookup per word tells every shape it may start. */
const CUE = {
  negation: 1,
  others: 2,
  modality: 4,
  exposure: 8,
  ours: 16,
  after: 32,
  label: 64,
  disclaimer: 128,
  role: 256,
  course: 512,
  hiring: 1024,
  joke: 2048,
} as const;
const CUE_INDEX = taggedPhraseIndex([
  [CUE.negation, [...NEGATORS, ...NOBODY, ...NEGATED_YOU_FUTURE]],
  [CUE.others, OTHERS],
  [CUE.modality, [...MODALITY, ...FUTURE, ...FUTURE_TENSE, ...CONDITIONALS]],
  [CUE.exposure, [...EXPOSURE_VERBS, ...EXPOSURE_ABOUT]],
  [CUE.ours, POSTING_OTHER_SUBJECT_DETERMINERS],
  [CUE.after, AFTER_CUES],
  [CUE.label, STATUS_LABELS],
  [CUE.disclaimer, [...DISCLAIMER_NEGATORS, ...NO_PART]],
  [CUE.role, ROLE_NEGATORS],
  [CUE.course, COURSE_NOUNS],
  [CUE.hiring, HIRING_CONTEXT],
  [CUE.joke, JOKE_CUES],
]);

/** The words this stage looks up for every token of a line, for the tokenizer's lexicon (compile.ts). */
export const SCOPE_LEXICON: [use: number, words: readonly string[] | ReadonlySet<string>][] = [
  [WORD_USE.cueStart, [...CUE_INDEX.keys()]],
  [WORD_USE.anyCueStart, ANY_CUE_FIRST],
];

/** Whether tokens `from` up to (not including) `to` hold a cue phrase of a shape in `wanted`, all inside the range. */
function tokensHaveCue(tokens: Token[], from: number, to: number, wanted: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i]!;
    const bucket = (token.uses & WORD_USE.cueStart) === 0 ? undefined : CUE_INDEX.get(token.lexiconWord!);
    if (bucket === undefined) continue;
    for (const { parts, bit } of bucket) {
      if ((bit & wanted) === 0) continue;
      let k = 1;
      while (k < parts.length && i + k < to && tokens[i + k]!.lower === parts[k]) k++;
      if (k === parts.length) return true;
    }
  }
  return false;
}

/**
 * A necessary condition for `isAspiration`, tested on the document's own tokens without building a clause: the
 * words before the mention (tokens `from`..`at`-1, its wrapped bullet included) or after it on its line
 * (`last`+1..`lineEnd`-1, and the first words of the next line) hold a word one of its shapes needs. Most mentions hold none and skip the clause work.
 */
export function mayBeAspiration(tokens: Token[], from: number, at: number, last: number, lineEnd: number, mode: ScopeMode): boolean {
  if (from > 0 && (tokens[from - 1]!.endLine ?? -1) >= tokens[from]!.line) return true;
  for (let i = from; i < at; i++) if (tokens[i]!.joined) return true;
  for (let i = last + 1; i < lineEnd; i++) if (tokens[i]!.joined) return true;
  if (at > from && tokens[at - 1]!.lower === "non") return true;
  const before =
    CUE.negation |
    CUE.others |
    (mode === "resume" ? CUE.modality | CUE.exposure | CUE.label | CUE.course | CUE.hiring | CUE.joke : CUE.ours);
  // After the mention a resume's negator may open a negated experience naming nothing ("; sin experiencia práctica").
  const after = CUE.after | CUE.others | (mode === "resume" ? CUE.disclaimer | CUE.course | CUE.negation | CUE.joke : CUE.role);
  // The cue may stand right after a wrap: "… with OpenAI and Anthropic" / "reseller teams".
  const afterEnd = Math.min(tokens.length, lineEnd + 3);
  return tokensHaveCue(tokens, from, at, before) || tokensHaveCue(tokens, last + 1, afterEnd, after);
}

/** The clause before a position: from the last sentence, list or contrast break before it. */
function clauseBefore(head: string): string {
  // A break word cannot hold a break character, so none ends before the last break character: only the text after
  // that character is searched for one.
  // One scan back from the mention to the last break character, rather than a search of the whole head per character.
  let from = head.length;
  while (from > 0 && !BREAK_CODES.has(head.charCodeAt(from - 1))) from--;
  BREAK_WORD.lastIndex = from;
  for (let m = BREAK_WORD.exec(head); m !== null; m = BREAK_WORD.exec(head)) from = m.index + m[0].length;
  return head.slice(from);
}

/** The last words of the requirement predicates ("required", "necesario"): a negated list item ending in one is closed. */
const ASK_PREDICATE_WORDS = new Set(ASK_PREDICATES.map((predicate) => predicate.split(" ").at(-1)!));
/** A French elided article before a filler word: "pas d'entraînement de …" reads as "pas entraînement de …". */
const ELISION = /^(?:d|l|qu)['’](?=\p{L})/u;

/** A second-person future: a stem, then its ending ("programarás", "harás", "feras"; irregular stems are short). */
const SECOND_PERSON_FUTURE_WORD = `\\p{L}+(?:${alternation(SECOND_PERSON_FUTURE_ENDINGS)})`;
const SECOND_PERSON_FUTURE = new RegExp(`^${SECOND_PERSON_FUTURE_WORD}$`, "u");
/** A word a negation reaches the mention through. */
const isFiller = (word: string) => NEGATION_FILLER.has(word) || SECOND_PERSON_FUTURE.test(word);

/**
 * The words of the last list item before the mention: one word, or a head noun and the filler word after it ("models
 * of", "modelos de"). A filler word first is a new verb, not a head: "No empezarás de cero y construirás pipelines RAG"
 * negates only the start.
 */
const lastItemReaches = (item: string[]) => item.length <= 1 || (item.length === 2 && isFiller(item[1]!.toLowerCase()));

/** A form of "finden" before "statt" makes it the particle of "stattfinden": "fanden Schulungen statt zu PyTorch". */
const FINDEN_BEFORE = /(?<![\p{L}])(?:finden|findet|fand|fanden|fandet)(?![\p{L}])/iu;

/** Whether a negation in `clause` reaches its end (where the mention starts) through filler words and list items. */
function negationReaches(clause: string): boolean {
  for (const m of clause.matchAll(NEGATOR)) {
    if (m[0].toLowerCase() === "statt" && FINDEN_BEFORE.test(clause.slice(0, m.index))) continue;
    const between = clause.slice(m.index + m[0].length);
    const segments = between.split(LIST_SEPARATOR).map((segment) =>
      segment
        .trim()
        .split(/[\s\-‐]+/)
        .filter(Boolean),
    );
    if (segments.reduce((n, s) => n + s.length, 0) > 14) continue;
    const [first = [], ...rest] = segments;
    // The first segment: filler ("any prior experience with"), then at most one list item of three words.
    // A requirement put after what it denies closes the negation there: "no manual review required, using LangChain".
    if (rest.length > 0 && ASK_PREDICATE_WORDS.has(first.at(-1)?.toLowerCase() ?? "")) continue;
    let i = 0;
    while (i < first.length && isFiller(first[i]!.toLowerCase().replace(ELISION, "").replace(/['’]/g, ""))) i++;
    if (first.length - i > 3) continue;
    if (rest.length > 0 && first.length - i === 0 && first.length > 0 && rest.every((s) => s.length === 0)) return true;
    // The last item may put a head noun and its preposition before the mention: "ni modelos de aprendizaje automático".
    if (rest.length === 0 ? first.length - i === 0 : rest.slice(0, -1).every((s) => s.length <= 3) && lastItemReaches(rest.at(-1)!))
      return true;
    // A negated verb reaches down a list of verb phrases: "not be writing prompts, choosing models or working on the".
    if (
      VERBAL.has(m[0].toLowerCase().replace(/’/g, "'")) &&
      rest.length > 0 &&
      rest.every((s) => s.length <= 4) &&
      rest.at(-1)!.length <= 3
    ) {
      return true;
    }
  }
  return false;
}

/** A resume states what its author did; a posting states what the role asks, in the future tense as often as not. */
export type ScopeMode = "resume" | "posting";

/** Someone else's after the mention: "generative AI sits with another group", "RAG is owned by the platform team". */
const OTHERS_AFTER = new RegExp(
  `${words(OTHERS_AFTER_VERBS)}\\s+(?:\\S+\\s+){0,2}?${words(OTHERS_AFTER_DETERMINERS)}\\s+(?:\\S+\\s+){0,2}?${words(OTHERS)}`,
  "iu",
);
/**
 * Before the mention, a passive whose agent is another group: "The churn model was developed by the analytics team
 * with PyTorch", "fue desarrollado por el equipo de datos con …". "Trained by me" names no group; the author's own
 * doing or "and" after the group ("… by the data team and rebuilt by me with …") takes the mention back.
 */
/** Each participle's inflections, spelt out: `words` matches fixed phrases. */
const inflected = (participles: readonly string[], stem: (participle: string) => string, endings: string[]) =>
  participles.flatMap((participle) => endings.map((ending) => `${stem(participle)}${ending}`));
const PASSIVE_PARTICIPLES = [
  ...PASSIVE_AGENT_VERBS.en,
  ...inflected(PASSIVE_AGENT_VERBS.fr, (participle) => participle, ["", "e", "s", "es"]),
  ...inflected(PASSIVE_AGENT_VERBS.es, (participle) => participle.slice(0, -1), ["o", "a", "os", "as"]),
];
const GERMAN_PASSIVE_PARTICIPLES = inflected(PASSIVE_AGENT_VERBS.de, (participle) => participle, ["", "e", "er", "es", "en", "em"]);
const AGENT = `(?:\\S+\\s+){0,2}?(?:[\\p{L}\\p{N}]+[-‐])*${words(OTHERS)}`;
const PASSIVE_AGENT = `(?:${words(PASSIVE_PARTICIPLES)}\\s+${words(["by", "par", "por"])}\\s+(?:\\S+\\s+){0,2}?${words(OTHERS_AFTER_DETERMINERS)}\\s+${AGENT}|${words(GERMAN_AGENT_PREPOSITIONS)}\\s+(?:${words(OTHERS_AFTER_DETERMINERS)}\\s+)?${AGENT}\\s+(?:\\S+\\s+){0,3}?${words(GERMAN_PASSIVE_PARTICIPLES)})`;
const PASSIVE_AGENT_BEFORE = new RegExp(PASSIVE_AGENT, "iu");
// In the mention's clause, or in a relative clause after its comma that the passive describes it by.
const PASSIVE_AGENT_AFTER = new RegExp(`^[^,]*?(?:,\\s*${words(PASSIVE_RELATIVES)}[^,]*?)?${PASSIVE_AGENT}`, "iu");
/**
 * After the mention, its clause's subject is another group: a fronted object taken up by a clitic, "las redes
 * neuronales las entrenaba otro equipo" ("las entrené yo" is the author's).
 */
const CLITIC_OTHER_SUBJECT = new RegExp(
  `^(?:\\s+\\S+){0,2}?\\s+(?:${words(CLITIC_BACK_REFERENCES.filter((c) => !c.endsWith("'")))}\\s+|l['’])\\p{L}+\\s+${words(OTHERS_AFTER_DETERMINERS)}\\s+(?:\\S+\\s+){0,2}?${words(OTHERS)}`,
  "iu",
);
/** A German wish or plan after the mention, with "ich" and the infinitive at the clause's end (AFTER_MODALS). */
const MODAL_AFTER = new RegExp(
  `^[^,]{0,40}?${words(AFTER_MODALS)}\\s+ich\\s+(?!(?:\\S+\\s+){0,4}?nicht(?![\\p{L}]))(?:\\S+\\s+){0,5}?\\p{L}+(?:en|ern|eln)\\s*$`,
  "iu",
);
/** The mention names a group, or another group's object: "our ML engineers, who …", "the models that the data team builds". */
const NAMES_OTHERS = new RegExp(
  `^(?:\\s+\\S+)?\\s+${words(OTHERS)}\\s*,?\\s*${words(["who", "that", "which", "whose", "qui", "que", "die", "der"])}|^(?:\\s+\\S+){0,2}?\\s+${words(["that", "which", "que", "qui", "die", "das"])}\\s+${words([...OTHERS_AFTER_DETERMINERS, ...POSTING_OTHER_SUBJECT_DETERMINERS])}\\s+(?:\\S+\\s+){0,2}?${words(OTHERS)}`,
  "iu",
);
/**
 * The mention, or the list it heads, names a unit the author stands outside of: "co-selling agreements with OpenAI
 * and Anthropic reseller teams", "built dashboards for the MLOps team". People named by their field are not a unit:
 * "working with ML engineers" is work on ML with them.
 */
// The group's noun ends its noun phrase ("AutoGen group chats" are chats).
const GROUP_NAMED = new RegExp(
  `^(?:\\s+[\\p{L}\\p{N}-]+)?\\s+${words(GROUP_UNITS)}(?=\\s*(?:[,.;:!?)—–]|$)|\\s+${words(["to", "on", "at", "in", "and", "or", "who", "that", "which", "for", "with", "of", "de", "du", "des", "pour", "para", "con", "avec", "mit", "für", "que", "qui", "die", "der", "und", "y", "et", "ou", "o", "oder"])})`,
  "iu",
);
const AFTER_OUTSIDER_RELATION = new RegExp(`${words(OUTSIDER_RELATIONS)}\\s+(?:\\S+\\s+){0,3}?$`, "iu");
/** In a posting, "our generative AI platform": the company's product, not the hire's skill. */
const OUR_PRODUCT_BEFORE = new RegExp(`${words(POSTING_OTHER_SUBJECT_DETERMINERS)}\\s+(?:\\S+\\s+)?$`, "iu");
const PRODUCT_AFTER = new RegExp(
  `^(?:\\s+\\S+)?\\s+${words(["platform", "platforms", "product", "products", "assistant", "assistants", "app", "apps", "features", "offering", "offerings", "solution", "solutions", "suite", "plataforma", "produit", "produits", "produkt", "produkte"])}`,
  "iu",
);

/** The rest of a mention's sentence: a disclaimer or the author's own part may follow a contrast word or a dash. */
function sentenceAfter(tail: string): string {
  const end = sentenceEnd(tail);
  return end < 0 ? tail : tail.slice(0, end);
}
/** "… but did not build or run it", "— I could not write one", "without being expected to evaluate either skill myself". */
const DISCLAIMER = new RegExp(
  `${words(DISCLAIMER_NEGATORS)}\\s+(?:\\S+\\s+){0,3}?${words(DOING_VERBS)}(?:\\s+${words(CONJUNCTIONS)}\\s+\\S+)?(?:\\s+\\S+){0,3}?\\s+(?:${words(BACK_REFERENCES)}|${words(BARE_BACK_REFERENCES)}(?:\\s+${words(BACK_REFERENCE_NOUNS)})?(?=\\s*(?:[.,;:!?)—–]|$)|\\s+(?:myself|yourself|selbst|moi-même)))|${words(DISCLAIMER_NEGATORS)}\\s+(?:(?:me|te|se|ne)\\s+)?(?:${words(CLITIC_BACK_REFERENCES.filter((c) => !c.endsWith("'")))}\\s+|l['’])(?:\\S+\\s+){0,1}?${words(DOING_VERBS)}`,
  "iu",
);
/** The German order (GERMAN_BACK_REFERENCES): "… — ich habe ihn bisher nicht beruflich eingesetzt". */
const GERMAN_DISCLAIMER = new RegExp(
  `${words(GERMAN_BACK_REFERENCES)}\\s+(?:\\S+\\s+){0,3}?(?:nicht|nie|niemals)\\s+(?:\\S+\\s+){0,3}?${words(GERMAN_DOING_PARTICIPLES)}`,
  "iu",
);
/** "…; I was not involved", "… — the build was theirs", "…, pas les miennes": no verb needs to point back. */
const NO_PART_AFTER = new RegExp(words(NO_PART), "iu");
/** "… ; pas encore de pratique", "— no hands-on experience yet": a negated experience naming nothing, after a break. */
const FILLER_WORD = `(?:${alternation([...NEGATION_FILLER])}|${SECOND_PERSON_FUTURE_WORD})`;
const NO_EXPERIENCE_AFTER = new RegExp(
  `[;:—–]\\s*(?:(?:but|mais|pero|aber)\\s+)?(?:(?:still|yet|noch|bisher|todavía|aún|encore|toujours)\\s+)?${words([...DISCLAIMER_NEGATORS, ...NEGATORS])}\\s+(?:[dl]['’]|${FILLER_WORD}[\\s-]+(?:[dl]['’])?){0,4}?${words(EXPERIENCE_NOUNS)}(?:\\s+${FILLER_WORD}(?![\\p{L}\\p{N}])){0,3}\\s*(?:[,;)—–]|$)`,
  "iu",
);
/**
 * A group subject that may include the author ("Our computational biology group uses …", "A colleague built …"), at
 * the start of the clause or of a clause it opens ("Ran a partner event where a vendor demoed its AI agents").
 */
const SHARED_SUBJECT = new RegExp(
  `^\\s*(?:[-–—*>•·]\\s+)?(?:(?:\\S+\\s+){0,8}?${words(SUBORDINATORS)}\\s+)?${words(SHARED_SUBJECT_DETERMINERS)}\\s+(?:\\S+\\s+){0,3}?(?:[\\p{L}\\p{N}]+[-‐])?${words(OTHERS)}(?:\\s+(?:on|at|in|from|of)\\s+(?:\\S+\\s+){0,2}?\\S+)?${SUBJECT_VERB}`,
  "iu",
);
/** After it, the author's own narrower part, past a semicolon, colon or dash: "; I supply the read-outs they train on". */
const OWN_PART_AFTER = new RegExp(`[;:—–]\\s*(?:and\\s+|y\\s+|und\\s+|et\\s+)?${words(OWN_PART)}`, "iu");
/** In a posting, the role's own disclaimer, pointing back at the mention: "… — you won't be working on it", "… n'est pas concernée par ce poste". */
// A disclaimer points back at the mention: "nothing to do with legacy Perl", "n'a rien de routinier", "no tiene nada de
// rutinario" speak of something else, which only "with it", "de ça" or the clause's end would not.
const BACK = words([
  "it",
  "this",
  "that",
  "them",
  "eux",
  "elles",
  "elle",
  "lui",
  "ça",
  "cela",
  "ceci",
  "eso",
  "esto",
  "ello",
  "ellos",
  "ellas",
  "damit",
]);
const POINTS_BACK = `(?:\\s+(?:with|avec|con|mit))?(?:\\s+${BACK})?(?=\\s*(?:[.,;:!?)—–]|$))`;
const GOVERNS_ANOTHER = `(?!(?:\\s+\\S+){0,2}?\\s+(?:(?:de|of|que)(?![\\p{L}])|d['’])(?!\\s*${BACK}))`;
const ROLE_DISCLAIMER = new RegExp(
  `${words(ROLE_WORDS)}\\s+(?:\\S+\\s+){0,8}?${words(ROLE_NEGATORS)}${GOVERNS_ANOTHER}|${words(ROLE_NEGATORS)}\\s+(?:\\S+\\s+){0,3}?${words(ROLE_WORDS)}|\\byou\\s+(?:won['’]t|will\\s+not|will\\s+never|are\\s+not|aren['’]t)\\s+(?:be\\s+)?(?:\\S+\\s+){0,4}?(?:on\\s+)?(?:it|this|that|them)(?=\\s*(?:[.,;:!?)—–]|$))|${words(CANDIDATE_SUBJECTS)}\\s+(?:\\S+\\s+){0,5}?${words(NOTHING_TO_DO)}${POINTS_BACK}`,
  "iu",
);
/** The hire's negated future before the mention, in its clause (NEGATED_YOU_FUTURE): English and German, French and Spanish. */
const NEGATED_FUTURE_BEFORE = new RegExp(
  `(?:${words(NEGATED_YOU_FUTURE)}(?!\\s+${words(NOT_JUST)})|${words(GERMAN_YOU_FUTURE)}\\s+(?:\\S+\\s+){0,3}?(?:nicht|nie|niemals|kein\\p{L}*)(?!\\s+${words(NOT_JUST)})|(?:\\bne\\s+|\\bn['’])\\S+(?:rez|ras)\\s+(?:pas|jamais)(?!\\s+${words(NOT_JUST)})|\\b(?:no|nunca)\\s+(?:\\S+\\s+)?${SECOND_PERSON_FUTURE_WORD})`,
  "giu",
);
/**
 * What ends the negated future's own clause before the mention: a colon or dash, or a conjunction opening a new subject
 * or verb ("… alone and you will build", "… seul et vous développerez", "… de cero y construirás", "… allein arbeiten
 * und entwickelst"). A noun after the conjunction stays in the negation's list ("not PyTorch or LangChain").
 */
const NEW_CLAUSE = new RegExp(
  `[:：—–]|(?:,\\s*|\\b(?:and|or|et|ou|y|o|und|oder)\\s+)${words(["you", "du", "vous", "tu", "ihr"])}|\\b(?:y|o)\\s+${SECOND_PERSON_FUTURE_WORD}(?![\\p{L}])|\\bund\\s+\\p{Ll}+st(?![\\p{L}])`,
  "u",
);
/** Whether the hire's negated future in `clause` governs its end (where the mention starts), with no new clause between. */
function negatedFutureReaches(clause: string): boolean {
  let last: RegExpExecArray | undefined;
  for (const negated of clause.matchAll(NEGATED_FUTURE_BEFORE)) last = negated;
  return last !== undefined && !NEW_CLAUSE.test(clause.slice(last.index + last[0].length));
}
/** The role negated before the mention, in its clause: "nothing in this role involves", "this position does not include". */
const ROLE_NEGATED_BEFORE = new RegExp(
  `${words(ROLE_WORDS)}\\s+(?:\\S+\\s+){0,3}?${words(ROLE_NEGATORS)}|${words(ROLE_NEGATORS)}\\s+(?:\\S+\\s+){0,3}?${words(ROLE_WORDS)}`,
  "iu",
);
/**
 * In a posting, another group named after the mention as the one that does it: "LangChain and LangGraph (working with
 * the integrations engineers, who build them — you explain them)". Their verb of doing points back at the mention.
 */
const OTHERS_DO_IT = new RegExp(
  `${words(OTHERS)}\\s*,?\\s*${words(["who", "that", "which", "qui", "que", "die"])}\\s+(?:\\S+\\s+){0,2}?${words(DOING_VERBS.concat(["builds", "owns", "runs", "trains", "maintain", "maintains", "writes"]))}\\s+(?:\\S+\\s+){0,1}?${words(BACK_REFERENCES)}(?![\\p{L}])`,
  "iu",
);
/** A status standing as a label before the mention, at the start of its clause: "Enrolled: “Building AI Agents”". */
const STATUS_LABEL = new RegExp(`^\\s*(?:[-–—*•·]\\s*)?${words(STATUS_LABELS)}\\s*[:：]`, "iu");
/** After a quoted title, its provider or kind may stand before the status: "“…” (Coursera), en curso", "« … » est prévue". */
// Each part is bounded, and a word starts with a letter or digit, so a run of dashes cannot split every way (linear time).
const TITLE_STATUS = new RegExp(
  `^(?:\\s*\\([^)]{0,40}\\))?(?:[\\s,]{1,8}[\\p{L}\\p{N}][\\p{L}\\p{N}-]{0,40}){0,3}?[\\s,:(–—-]{0,8}${words([...AFTER_STATUS, ...STOPPED_STATUS])}`,
  "iu",
);
/** The mention as a course's topic: "a course on the", "formation sur l'", right before it; "course", "-Kurs" right after it. */
const COURSE_BEFORE = new RegExp(`${words(COURSE_NOUNS)}\\s+(?:(?:${words(COURSE_LINKS)}\\s+|[ld]['’])){0,3}(?:[«“„"‹]\\s*)?$`, "iu");
const COURSE_AFTER = new RegExp(`^(?:[-‐]|\\s+(?:[\\p{L}\\p{N}]+\\s+)?)${words(COURSE_NOUNS)}`, "iu");
/** A course's status anywhere in its sentence: planned, signed up for, given up. */
const COURSE_STATUS = new RegExp(
  words([...AFTER_STATUS.filter((status) => !STATUS_ONLY_RIGHT_AFTER.includes(status)), ...STOPPED_STATUS]),
  "iu",
);
/**
 * The mention as a skill of the people hired ("recruited engineers for LLM roles", "hired RAG developers") or of a job
 * document's ask ("wrote job ads requiring LangChain"). The people hired stand before the mention, with no verb of
 * the author's own or "and" between ("hired two engineers and built the RAG stack" is the author's), or right after it.
 */
const HIRED = [...OTHERS, ...HIRED_PEOPLE];
const HIRED_BEFORE = new RegExp(`${words(HIRING_CONTEXT)}\\s+(?:\\S+\\s+){0,4}?${words(HIRED)}`, "iu");
const OWN_DOING = new RegExp(words([...DOING_VERBS, "and", "und", "y", "et"]), "iu");
const HIRING_JUST_BEFORE = new RegExp(`${words(HIRING_CONTEXT)}(?:\\s+\\S+){0,4}?\\s*$`, "iu");
const HIRED_AFTER = new RegExp(`^(?:[-‐/][\\p{L}\\p{N}]+)*\\s+(?:\\S+\\s+)?${words(HIRED)}`, "iu");
const JOB_ASKS = new RegExp(`${words(JOB_DOCUMENTS)}\\s+(?:\\S+\\s+){0,2}?${words(ASKING)}\\s+(?:\\S+\\s+){0,5}?$`, "iu");
/** A job document before the mention, its ask after it, as German puts it: "Stellenanzeigen, die LangGraph verlangten". */
const JOB_DOCUMENT = new RegExp(words(JOB_DOCUMENTS), "iu");
const ASKS_AFTER = new RegExp(`^[^.;]{0,60}?${words(ASKING)}`, "iu");
function hiredFor(clause: string, after: string): boolean {
  const hired = HIRED_BEFORE.exec(clause);
  if (hired && !OWN_DOING.test(clause.slice(hired.index + hired[0].length))) return true;
  return (
    (HIRING_JUST_BEFORE.test(clause) && HIRED_AFTER.test(after)) ||
    JOB_ASKS.test(clause) ||
    (JOB_DOCUMENT.test(clause) && ASKS_AFTER.test(after))
  );
}
/** A list the mention heads, before what follows it: "LLMs, RAG oder Agenten-Frameworks habe ich keine Erfahrung". */
const LIST_CONTINUATION = new RegExp(`^(?:\\s*(?:,|${words(CONJUNCTIONS)})\\s*[\\p{L}\\p{N}][\\p{L}\\p{N}-]*)+`, "iu");

/** After the mention, in its clause: another group as the agent of a passive or the subject of a fronted object. */
function othersAfter(tail: string): boolean {
  return PASSIVE_AGENT_AFTER.test(tail) || CLITIC_OTHER_SUBJECT.test(tail);
}

/**
 * The author's own part after a group's passive: "I", "ich" and their kin (OWN_PART), a reflexive ("myself",
 * OWN_REFLEXIVES) or a participle opening a clause after a comma, whose subject is the bullet's own ("…, adding
 * hybrid search", "…, añadiendo", "…, en ajoutant"), unless it only describes the group's thing (DESCRIBING_PARTICIPLES).
 */
const OWN_PARTICIPLE = new RegExp(
  `${words([...OWN_PART, ...OWN_REFLEXIVES])}|,\\s*(?!${words(DESCRIBING_PARTICIPLES)})(?:\\p{L}+(?:ing|ando|iendo)|en\\s+\\p{L}+ant)(?![\\p{L}])`,
  "iu",
);
function passiveAgentGoverns(clause: string, after: string): boolean {
  const agent = PASSIVE_AGENT_BEFORE.exec(clause);
  if (agent === null) return false;
  const rest = clause.slice(agent.index + agent[0].length);
  return !OWN_DOING.test(rest) && !OWN_PARTICIPLE.test(rest) && !OWN_PARTICIPLE.test(after);
}

/** In a posting, "X is not required", "no PyTorch work here" after the mention. */
const POSTING_AFTER_NEGATED = /^(?:\s+\S+){0,3}?\s+(?:is|are)\s+not\s+(?:required|needed|part|involved)/iu;

/**
 * The shapes no cue word announces, told by their characters right before the mention (column `column` of `line`):
 * an outside party's possessive ("customers' RAG projects") or a parenthesis describing an organisation ("(an LLM
 * vendor …)"). A mention so marked has its clause built even when its tokens hold no cue.
 */
export function marksOutsider(line: string, column: number): boolean {
  const from = Math.max(0, column - 48);
  // Most mentions have neither mark before them: a scan of char codes rules them out without a copy of the line.
  let marked = false;
  for (let i = from; i < column && !marked; i++) {
    const code = line.charCodeAt(i);
    marked = code === 40 || code === 39 || code === 0x2019; // ( ' ’
  }
  return marked && OUTSIDER_MARK.test(line.slice(from, column));
}
const OUTSIDER_MARK = new RegExp(
  `\\(\\s*${words(["a", "an", "the", "un", "une", "ein", "eine", "una", "el", "la", "le"])}\\s+[^()]{0,30}$|${words(EXTERNAL_PARTIES)}['’]s?\\s+(?:\\S+\\s+){0,2}$`,
  "iu",
);

/** A cheap test per line: only a line with a cue word or a parenthesis can hold an aspiration. */
export function lineMayHoldAspiration(line: string, tokens?: Token[], from = 0, to = 0): boolean {
  if (line.includes("'s ") || line.includes("’s ")) return true;
  // The line's own tokens are its words already, when the caller has them: no second split of the line.
  if (tokens) {
    for (let i = from; i < to; i++) if ((tokens[i]!.uses & WORD_USE.anyCueStart) !== 0) return true;
    return false;
  }
  for (const word of wordsOf(line)) if (ANY_CUE_FIRST.has(word)) return true;
  return false;
}

/**
 * Whether the mention at `column..end` of `line` is a goal, a negation or someone else's work rather than a claim.
 * `before` is the text of the lines above that the same bullet wraps from, `following` that of the lines it wraps
 * onto below: the rest of the mention's sentence may stand there.
 */
export function isAspiration(line: string, column: number, end: number, before = "", mode: ScopeMode = "resume", following = ""): boolean {
  const clause = clauseBefore(before ? `${before} ${line.slice(0, column)}` : line.slice(0, column));
  // Word-level lookups first: the patterns below run only on a clause that holds one of their words.
  const clauseWords = wordsOf(clause);
  const lists = listsIn(clauseWords);
  const labelled = clause.includes(":") || clause.includes("：");
  if (
    mode === "resume" &&
    ((lists & LIST.modalOrFuture) !== 0 ||
      ((lists & LIST.futureTense) !== 0 && AUTHORS_FUTURE.some((shape) => shape.test(clause))) ||
      (labelled && (COLON_CUE.test(clause) || STATUS_LABEL.test(clause))))
  ) {
    return true;
  }
  // A condition opening the clause, the mention before its comma: "If the platform team adopts LangChain, I'd …".
  if (mode === "resume" && CONDITION_OPENS.test(clause) && !clause.includes(",")) return true;
  // A glued negation is the clause's last word or its end ("non-", "5non").
  const glued = clauseWords.at(-1)?.endsWith("non") === true && GLUED_NEGATION.test(clause);
  if (glued || ((lists & LIST.negators) !== 0 && (negationReaches(clause) || ((lists & LIST.ask) !== 0 && NEGATED_ASK.test(clause))))) {
    return true;
  }
  // In a posting, the role negated before the mention governs its clause: "nothing in this role involves machine
  // learning, deep learning or AI software", "este puesto no incluye …".
  if (mode === "posting" && (lists & LIST.roleNegator) !== 0 && ROLE_NEGATED_BEFORE.test(clause)) return true;
  if (mode === "posting" && (lists & LIST.negators) !== 0 && negatedFutureReaches(clause)) return true;
  // A possessive needs its apostrophe: "the data team's store", "customers' projects".
  const possessive = clause.includes("'") || clause.includes("’");
  if (
    (lists & LIST.others) !== 0 &&
    !(mode === "resume" && AUTHORS_THING.test(clause)) &&
    (((lists & LIST.outsider) !== 0 && OTHERS_WORK.test(clause)) ||
      othersAreSubject(clause) ||
      (mode === "resume" &&
        ((clauseWords.some((word) => SUBORDINATOR_FIRST_WORDS.has(word)) &&
          governsToMention(OTHER_SUBORDINATE_SUBJECT.exec(clause), clause, true)) ||
          (clauseWords.some((word) => WHOSE_WORDS.has(word)) && OTHERS_WHOSE.test(clause)))) ||
      (possessive && (OTHERS_THING.test(clause) || EXTERNAL_THING.test(clause))) ||
      ((lists & LIST.they) !== 0 && THEY_AFTER_GROUP.test(clause)) ||
      (mode === "posting" && POSTING_OTHER_SUBJECT.test(clause)))
  ) {
    return true;
  }
  const afterMention = line.slice(end);
  // A table row whose last cell names an outside party's thing as its stack: "FAQ bot | 3 banks | demo only | partner's stack".
  if (mode === "resume" && possessiveIn(afterMention) && OTHERS_ROW.test(afterMention) && pipesIn(line) >= 3) return true;
  if (mode === "resume" && (lists & LIST.exposure) !== 0 && exposureGoverns(clause, afterMention)) return true;
  if (mode === "resume" && (lists & LIST.hiring) !== 0 && hiredFor(clause, afterMention)) return true;
  // The rest of a compound the mention heads is part of it: "Agenten-Frameworks habe ich keine" reads on after "-Frameworks".
  const after = startsWithHyphen(afterMention) ? afterMention.replace(COMPOUND_REST, "") : afterMention;
  const afterLists = listsIn(wordsOf(after));
  if ((afterLists & LIST.others) !== 0 && (NAMES_OTHERS.test(after) || othersAfter(clauseAfter(after)))) return true;
  if ((lists & LIST.others) !== 0 && passiveAgentGoverns(clause, clauseAfter(after))) return true;
  // The parenthesis may close on the line the bullet wraps onto: "Corvallis AI (an LLM" / "vendor) | 2022 – present".
  if (
    clause.includes("(") &&
    ORGANISATION_DESCRIBED_BEFORE.test(clause) &&
    ORGANISATION_DESCRIBED_AFTER.test(following ? `${after} ${following}` : after)
  )
    return true;
  // The rest of the sentence is read only when it holds a word of a disclaimer. Without lines below, the rest is a
  // part of `after`, whose words serve as well: each bit only lets a pattern run on the rest, and the rest is cut
  // from `after` only when a pattern runs (most clauses reach none).
  let rest = following ? sentenceAfter(`${after} ${following}`) : undefined;
  const restLists = rest !== undefined ? listsIn(wordsOf(rest)) : afterLists;
  const restOf = () => (rest ??= sentenceAfter(after));
  if (
    mode === "resume" &&
    (lists & LIST.outsider) !== 0 &&
    (restLists & LIST.others) !== 0 &&
    AFTER_OUTSIDER_RELATION.test(clause) &&
    GROUP_NAMED.test(restOf().replace(LIST_CONTINUATION, ""))
  )
    return true;
  if (mode === "resume") {
    const courseBefore = (lists & LIST.course) !== 0 && COURSE_BEFORE.test(clause);
    if ((courseBefore || COURSE_AFTER.test(afterMention)) && COURSE_STATUS.test(`${clause} ${restOf()}`)) return true;
    if (
      (restLists & LIST.disclaimer) !== 0 &&
      (DISCLAIMER.test(restOf()) || NO_PART_AFTER.test(restOf()) || GERMAN_DISCLAIMER.test(restOf()))
    )
      return true;
    if (((lists | restLists) & LIST.joke) !== 0 && JOKE.test(`${clause} ${restOf()}`)) return true;
    if ((restLists & (LIST.disclaimer | LIST.negators)) !== 0 && NO_EXPERIENCE_AFTER.test(restOf())) return true;
    if ((lists & LIST.others) !== 0 && OWN_PART_AFTER.test(restOf()) && SHARED_SUBJECT.test(clause)) return true;
  } else if (
    ((restLists & LIST.roleNegator) !== 0 && ROLE_DISCLAIMER.test(restOf())) ||
    ((restLists & LIST.others) !== 0 && OTHERS_DO_IT.test(restOf()))
  ) {
    return true;
  }
  if (mode === "posting" && OUR_PRODUCT_BEFORE.test(clause) && PRODUCT_AFTER.test(after)) return true;
  // Every shape below needs a word of LIST.after (a status, a quoted title's too, a negator after the mention, "is
  // not", a verb of ownership): a parenthesis or a colon alone is no reason to read the clause after it.
  // Its clause reads on across the lines its bullet wraps onto: "mit RAG selbst" / "habe ich keine Erfahrung".
  if (((following ? restLists : afterLists) & LIST.after) === 0) return false;
  const tail = clauseAfter(following ? `${after} ${following}` : after);
  if ((afterLists & LIST.othersAfterVerb) !== 0 && (afterLists & LIST.others) !== 0 && OTHERS_AFTER.test(tail)) return true;
  if (mode === "resume" && MODAL_AFTER.test(tail)) return true;
  if (mode === "posting") return POSTING_AFTER_NEGATED.test(tail);
  if (AFTER.test(after) || AFTER_NEGATED.test(tail) || AFTER_NEGATED.test(tail.replace(LIST_CONTINUATION, ""))) return true;
  const title = afterTitle(line.slice(0, column), after);
  return title !== "" && TITLE_STATUS.test(title.slice(0, 300));
}

const QUOTES: Record<string, string> = { "«": "»", "“": "”", "„": "“", '"': '"', "‹": "›" };
/** Any closing quote: "„…"" is closed by the straight quote as often as by its own. */
const CLOSING = /[»”“"›]/;

/**
 * When the mention stands inside a quoted title ("Course «Generative AI for product» — enrolled"), the text after
 * the title: a status there speaks of the titled thing, as it would right after a bare mention.
 */
function afterTitle(head: string, after: string): string {
  for (let i = head.length - 1; i >= 0 && head.length - i <= 80; i--) {
    if (QUOTES[head[i]!] === undefined) continue;
    const at = after.search(CLOSING);
    return at < 0 ? "" : after.slice(at + 1);
  }
  return "";
}

/** The clause after a position, up to the next break; an abbreviation's full stop is none ("o. Ä.: keine"). */
function clauseAfter(tail: string): string {
  BREAK.lastIndex = 0;
  const m = BREAK.exec(maskAbbreviations(tail));
  BREAK.lastIndex = 0;
  return m ? tail.slice(0, m.index) : tail;
}

const GOALS = new Set(GOAL_HEADINGS);
/** Whether a line's first three characters may start a goals heading (sections.ts): most short lines' may not. */
const UNDER_WAY = new Set(UNDER_WAY_HEADINGS);
const mayBeGoalsHeading = headingPrefixTest([...GOALS, ...UNDER_WAY_HEADINGS, ...FREE_RELATIVE_HEADINGS]);
const GOAL_WORD =
  /goal|interest|intérêt|learn|next step|aspiration|ziel|interessen|objetivo|intereses|objectif|étape|paso|schritt|plan|progress|ongoing|curso|cours|arbeit|laufend|yet|geplant|noch|prévu|encore|previsto|pendiente|aún|todavía|what|things|lo que|cosas|ce qu|was/i;
/** A heading put as a free relative, its verb negated or wished: "What I haven't done yet", "Ce que je n'ai pas encore fait". */
const UNDONE_HEADING = new RegExp(
  `^${words(FREE_RELATIVE_HEADINGS)}.*(?:${words(NEGATORS)}|${words(MODALITY.filter((cue) => !cue.endsWith(":")))}|n['’])`,
  "iu",
);
/** A label of plans over its line: "Not yet: fine-tuning …", "- Geplant: Einarbeitung in …" (the bullet before it aside). */
const GOAL_LABEL = /^[\s\-–—•*▪>]*([^:：]{2,24}?)\s*[:：]/u;

/**
 * Which lines stand under a goals heading, up to the next heading, or after a goals label on their own line: every
 * skill named there is an aspiration. `isHeading` says whether a line opens any other section. Null when the text
 * has neither.
 */
export function goalLines(lines: string[], isHeading: (line: string, index: number) => boolean): boolean[] | null {
  let under: boolean[] | null = null;
  let inGoals = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const heading = goalsHeading(line);
    if (heading === "goals") inGoals = true;
    else if (heading === "under way") inGoals = !describesWork(lines, index + 1, isHeading);
    else if (inGoals && isHeading(line, index)) inGoals = false;
    if (!inGoals && !hasGoalLabel(line)) continue;
    under ??= new Array(lines.length).fill(false);
    under[index] = true;
  }
  return under;
}

/** A heading's words: lower case, its colon and a trailing parenthesis ("NEXT STEPS (what I want to learn)") aside. */
function headingKey(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[:：]\s*$/, "")
    .replace(/\s*\([^()]*\)$/, "");
}

/**
 * A heading's kind: goals; work under way, which is goals only when nothing under it reads as work (UNDER_WAY_HEADINGS);
 * or neither. A heading split at "/" or "&" is goals when each part is a goal or under way and one is a goal.
 */
function goalsKey(key: string): "goals" | "under way" | null {
  if (key === "" || /[\d,.]/.test(key)) return null;
  if (GOALS.has(key) || UNDONE_HEADING.test(key)) return "goals";
  if (UNDER_WAY.has(key)) return "under way";
  const parts = key.split(/\s*[/&]\s*/);
  if (parts.length < 2 || !parts.every((part) => GOALS.has(part) || UNDER_WAY.has(part))) return null;
  return parts.some((part) => GOALS.has(part)) ? "goals" : "under way";
}

function goalsHeading(line: string): "goals" | "under way" | null {
  // Every goals heading holds a goal word: one cheap test per short line finds the few lines worth a closer look.
  if (line.length > 60) return null;
  const first = firstNonSpace(line);
  if (first < 0 || !mayBeGoalsHeading(line, first) || !GOAL_WORD.test(line)) return null;
  const key = headingKey(line);
  // A free relative is a heading only when set as one (capitals, or a colon): "What I want to learn next is RAG" is prose.
  if (UNDONE_HEADING.test(key) && !GOALS.has(key) && line.toUpperCase() !== line && !/[:：]\s*$/.test(line)) return null;
  return goalsKey(key);
}

/**
 * Work done or being done by the author, as a line under a heading of work under way describes it: a past verb
 * ("Shipped …", "Entrené …") or a first-person subject ("I'm building …", "ich baue …", "je développe …").
 */
const WORK_DONE = new RegExp(
  `${PAST_VERB.source}|(?<![\\p{L}])\\p{L}{3,}(?:é|ió)(?![\\p{L}])|(?<![\\p{L}])(?:i|ich|je|yo|estoy|j['’])(?![\\p{L}])`,
  "iu",
);
function describesWork(lines: string[], from: number, isHeading: (line: string, index: number) => boolean): boolean {
  for (let index = from; index < lines.length && !isHeading(lines[index]!, index); index++) {
    if (WORK_DONE.test(lines[index]!)) return true;
  }
  return false;
}

function hasGoalLabel(line: string): boolean {
  const colon = line.indexOf(":");
  if (colon < 2 || colon > 30) return false;
  const label = GOAL_LABEL.exec(line)?.[1];
  return label !== undefined && GOAL_WORD.test(label) && GOALS.has(label.trim().toLowerCase());
}
