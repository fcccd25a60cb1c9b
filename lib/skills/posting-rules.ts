/**
 * How a job posting is read, as data (see README.md, "Postings"): which headings open which part, and the cues that
 * make one skill required or preferred inside a line. Matched lower case on a heading's text.
 */
import { SIDE_BY_SIDE_RELATIONS } from "./scope-rules";

export type PostingPart = "required" | "preferred" | "role" | "company" | "benefits" | "process" | "eeo" | "not-role";

/** The nouns a heading names the role by, in every language a posting is read in. */
const ROLE_NOUNS = ["role", "rôle", "job", "position", "opportunity", "puesto", "rol", "poste", "rolle", "stelle"];
/** Who else an "About …" heading may speak of besides the company: the candidate, the team. */
const CANDIDATE_NOUNS = ["you", "team", "dich", "ti", "vous"];
/** Before a role noun in a heading: "About the role", "Acerca del puesto", "À propos du poste", "Zur Stelle". */
const ROLE_HEADING_PREPOSITIONS = [
  "about",
  "in",
  "sobre",
  "acerca de",
  "acerca del",
  "à propos de",
  "à propos du",
  "a propos du",
  "über",
  "zur",
  "zum",
];
const ROLE_HEADING_DETERMINERS = ["the", "this", "your", "el", "este", "tu", "la", "le", "votre", "ton", "die", "der", "deine", "ihre"];
/** After a role noun: "Role overview", "Job description". */
const ROLE_HEADING_SUFFIXES = ["overview", "description", "summary", "in brief", "at a glance"];

/** Heading patterns per part, first match wins: "What this role is not" before "the role". */
export const HEADING_PARTS: [PostingPart, RegExp][] = [
  [
    "not-role",
    // A heading that negates the ask: "What you won't need", "You don't need", "Not required" (but "Nice, not
    // necessary" is a preference).
    // Spanish, French and German put it the same way: "Qué no harás", "Ce que vous ne ferez pas", "Was du nicht machst".
    /^not (?:required|needed|necessary)|^no need|\b(?:role|job|position) is not\b|\bnot (?:in|part of) (?:scope|this role)|\bout of scope|\b(?:won['’]t|will not|don['’]t|do not|doesn['’]t) (?:need|require|do|be doing)\b|\bnot this role|\bno (?:harás|necesitas|necesitarás|trabajarás|es (?:parte|para))\b|\bfuera de(?:l)? (?:alcance|puesto)|\bne (?:ferez|ferais|ferons|travaillerez) pas\b|\bn['’](?:aurez|êtes) pas\b|\bhors (?:périmètre|du poste)|\bnicht (?:machst|machen|tun|brauchst|deine aufgabe|teil)\b|\bkeine aufgabe/,
  ],
  [
    "eeo",
    /\bequal (?:opportunit|employment)|\bdiversity|\binclusion|\beeo\b|\baccommodation|\bchancengleichheit|\bigualdad|\bégalité|\bdiversit/,
  ],
  [
    "benefits",
    /\bbenefit|\bperks?\b|\bcompensation|\bsalary|\bwhat we offer|\bwe offer|\bwhat['’]s in it|\bwhy (?:join|work)|\byou['’]ll love|\bwir bieten|\bbenefits|\bofrecemos|\bbeneficios|\bnous offrons|\bavantages|\brémunération|\bce que nous offrons|\bvergütung|\bgehalt|\bin return\b|\bwhat you(?:['’]ll)? get\b|\byou['’]ll (?:get|receive)\b|\bwas du bekommst|\ba cambio\b|\ben retour\b|\ben contrepartie/,
  ],
  [
    "process",
    /\binterview|\bhow to apply|\bapplying\b|\bapply\b|\bhiring process|\bour process|\bnext steps|\bbewerbung|\bcandidatura|\bpostuler|\bprocessus de recrutement|\bproceso de selección/,
  ],
  [
    "preferred",
    // A hedged heading asks for a preference: "Things that would make us smile", "Wäre schön", "Sería un plus".
    // A conditional is a hedge in any language: "Ce qui ferait la différence", "Lo que sumaría", "Was uns freuen würde".
    // So is what pleases or delights the employer over and above: "Was uns zusätzlich freut", "Nos encantaría".
    /\bwould (?:make|be|help|impress|delight|love)|\b(?:freut|freuen)\b|\bencantar[íi]a\b|\bravirai(?:t|ent)\b|\b(?:ferai(?:t|ent)|serai(?:t|ent)|aiderai(?:t|ent)|sumaría(?:n)?|haría(?:n)?|ayudaría(?:n)?|würde(?:n)?)\b|\bidéalement|\bidealmente|\bidealerweise|\bwäre(?:n)? (?:schön|toll|ein plus)|\bsería(?:n)? (?:un plus|genial)|\bserai(?:t|ent) (?:un plus|apprécié)|\bnice[ -]to[ -]haves?|^nice\b|\bpreferred|\bbonus|\bpluses|\bplus\b|\bextra credit|\bgood to have|\bwould be great|\bdesirable|\bideally|\bwünschenswert|\bvon vorteil|\bpluspunkte|\bdeseable|\bse valorar|\bvaloramos|\bvalorable|\bsuma puntos|\batouts?\b|\bun plus|\bsouhaité|\bapprécié/,
  ],
  [
    "role",
    // A heading that only names the role ("The role", "Role overview", "Acerca del puesto", "Votre rôle", "Deine
    // Rolle") opens its description: its bullets are asks, its prose counts where it addresses the candidate or
    // tells them what to do ("Build RAG pipelines …"), never "the Platform team runs everything on LangGraph".
    // Before the company's patterns: "À propos du poste" is the role, "À propos de Kerlann" the company.
    new RegExp(
      `^(?:(?:${ROLE_HEADING_PREPOSITIONS.join("|")}) )?(?:(?:${ROLE_HEADING_DETERMINERS.join("|")}) |l['’])?(?:${ROLE_NOUNS.join("|")})(?: (?:${ROLE_HEADING_SUFFIXES.join("|")}))?$`,
    ),
  ],
  [
    "company",
    // "About Loomwright", "Über Sprachwerk", "Acerca de Nubia", "À propos de Kerlann": the company named after "about".
    // A bare "Mission" heading is the company's slogan ("Build the safest LLM agents for healthcare"), not the role.
    new RegExp(
      `^(?:the |our )?mission(?: statement)?$|^(?:about|über|acerca de|sobre|à propos de|a propos de) (?!(?:${ROLE_HEADING_DETERMINERS.join("|")}|die|diese|ce|cette)?\\s?(?:${[...ROLE_NOUNS, ...CANDIDATE_NOUNS].join("|")}))|\\babout us|\\bwho we are|\\bour (?:mission|story|company|tools|products?|platform|customers)|\\bthe company|\\bcompany\\b|\\bwho is\\b|\\büber uns|\\bwer wir sind|\\bdas unternehmen|\\bsobre nosotros|\\bquiénes somos|\\bla empresa|\\bqui sommes|\\bà propos|\\bl['’]entreprise|\\bnotre entreprise`,
    ),
  ],
  [
    "required",
    // A label that is itself a level ("Obligatorio:", "Zwingend:", "Non-negotiable:") opens the requirements.
    /\brequire|\bqualifications?|\bwhat you(?:['’]ll)? need|\byou have|\byou (?:[a-z]+ )?bring|\blooking for|\babout you|\bwho you are|\byour (?:profile|skills|background|experience)|\bmust|\bskills|\bstack\b|\bfit if|\bresponsibilit|\bwhat you['’]ll (?:do|be doing|work on)|\bwhat you will (?:do|be doing)|\bthe role|\bthis role|\byour role|\bthe job|\bthe position|\bday[ -]to[ -]day|\bin this role|\byour mission|\banforderungen|\bprofil|\baufgaben|\bdas bringst du|\bwas du mitbringst|\bdeine|\bihre|\brequisitos|\bperfil|\bbuscamos|\b(?:qué|lo que) harás|\bfunciones|\bresponsabilidades|\bmisiones|\bmissions?\b|\bvos missions|\bvotre profil|\bcompétences|\bce que (?:vous ferez|nous recherchons)|\bposte\b|\bmandatory|\bessential|\bnon-negotiable|\bobligatori[oa]s?\b|\bimprescindibles?\b|\bindispensables?\b|\bobligatoires?\b|\brequis\b|\bexigée?s?\b|\berforderlich|\bzwingend|\bvorausgesetzt/,
  ],
];

/**
 * A heading no pattern names ("What the first six months look like", "what you'd actually be doing") still ends the
 * part above it: a short line on its own after a blank line, in either case, without a sentence's punctuation,
 * followed by text. What it opens is read as the
 * role's own prose (bullets count, sentences count where they address the candidate), unless it speaks of "our …",
 * which is the company again.
 */
export const UNNAMED_HEADING = /^[\p{Lu}\p{Ll}][^.!?:;,]{2,58}[^.!?:;,\s]$/u;
/**
 * An unnamed heading that speaks of the candidate's own work or past ("what you'd actually be doing", "stuff you've
 * done before"): its sentences are asks whether or not each says "you" again. "Who you'll work with" is not one.
 */
export const CANDIDATE_WORK_HEADING =
  /\byou(?:['’](?:d|ll|ve|re))?\s+(?:\S+\s+){0,2}?(?:do|doing|done|build|building|built|bring|have|know|own|ship|shipped|need)\b|\b(?:du|vous|tú)\s+(?:\S+\s+){0,1}?(?:machst|bringst|kannst|ferez|apportez|avez|harás|aportas|tienes)\b/i;
/**
 * A heading's negation that speaks of the candidate's work or the role: what follows is what the role does not ask or
 * involve ("What won't be on your plate", "Was dich nicht erwartet", "Ce que ce poste n'est pas", "Lo que no
 * buscamos"). Two tests, both needed: a negator that no second negative turns into a requirement ("can't do without",
 * "nicht verhandelbar", "no es negociable" stress what is needed), and the candidate, the role or the employer's
 * seeking in the heading ("What never changes here" negates neither).
 */
const HEADING_NEGATOR =
  "(?:not|never|no|none|nothing|nicht|nie|niemals|kein\\p{L}*|nichts|pas|jamais|aucun\\p{L}*|rien|nunca|ningun\\p{L}*|ningún|nada)(?![\\p{L}])|n['’]t(?![\\p{L}])";
const SECOND_NEGATIVE = "(?:without|ohne|sans|sin|negotiable|verhandelbar|negociable|négociable|optional|optionnel|opcional)";
const NEGATES_HEADING = new RegExp(`(?<![\\p{L}])(?:${HEADING_NEGATOR})(?!(?:\\s+\\S+){0,3}?\\s+${SECOND_NEGATIVE}(?![\\p{L}]))`, "iu");
const CANDIDATE_OR_ROLE = new RegExp(
  `(?<![\\p{L}])(?:you(?:['’](?:ll|re|d|ve))?|your|du|dich|dir|dein\\p{L}*|ihr\\p{L}*|euch|vous|votre|vos|tu|te|ti|tus|tú|usted|toi|${ROLE_NOUNS.join("|")}|buscamos|esperamos|(?:re)?cherchons|attendons|suchen|erwarten|need|expect|require|looking for)(?![\\p{L}])`,
  "iu",
);
export const negatesCandidateWork = (heading: string) => NEGATES_HEADING.test(heading) && CANDIDATE_OR_ROLE.test(heading);
export const COMPANY_VOICE = /^(?:our|unser|unsere|nuestro|nuestra|nuestros|nuestras|notre|nos)\b/i;

/** A sentence whose subject is the company: "We bring …", "Our team has …", "Wir bauen …", "Nous aidons …". */
export const COMPANY_SUBJECT = /^\s*(?:we|we['’](?:re|ve)|our|wir|unser\p{L}*|nous|notre|nos|nosotros|nuestr\p{L}*)(?![\p{L}'’])/iu;
/**
 * A sentence naming the background an ask wants: "Hands-on experience with PyTorch", "Familiarity with RAG",
 * "Erfahrung mit LangChain", "Connaissance des LLM", "Conocimientos de RAG".
 */
export const ASKED_BACKGROUND =
  /(?<![\p{L}])(?:experience|familiarity|knowledge|understanding|proficiency|fluency|expertise|background|erfahrung\p{L}*|kenntnis\p{L}*|vertrautheit|expérience|connaissances?|maîtrise|experiencia|conocimientos?|dominio|manejo|familiaridad)(?![\p{L}])/iu;

/** Parts whose lines count, and the level they give a skill when the line itself says nothing. */
export const COUNTED_PARTS: Partial<Record<PostingPart, "required" | "preferred">> = {
  required: "required",
  preferred: "preferred",
  role: "required",
};

/** Equal-opportunity text is recognised by what it says, wherever it stands. */
export const EEO_TEXT =
  /\bequal opportunit|\bequal employment|\bdoes not discriminate|\bwithout regard to|\bregardless of (?:race|gender|age)|\bprotected (?:characteristic|veteran|status)|\bigualdad de oportunidades|\bchancengleichheit|\bégalité des chances|\bsans distinction/i;

/**
 * A clause in prose that addresses the candidate: only such clauses of a posting's introduction are asks. "We want" asks
 * for what it governs ("we want someone who …", "we value experience with …"), not for what others are to do ("We
 * want every nurse to have an AI assistant", "we need to ship …").
 */
export const ADDRESSES_CANDIDATE =
  /\b(?:you|your|you['’]ll|you['’]re|someone|candidates?|the (?:role|hire)|this (?:role|position)|we (?:also |really )?(?:need|expect|require|want|value)(?!\s+(?:(?!(?:you|someone|somebody|candidates?|people|applicants?)\b)\S+\s+){0,3}?to\s)|we['’]re looking|we are looking|looking for|du|dein|deine|dich|sie bringen|ihr profil|buscamos|tú|tu|tus|vous|votre|vos|nous recherchons)\b/i;

/**
 * A sentence of prose whose predicate is a level: an ask even where it does not say "you" ("Solid Python is
 * required, and so is …", "LangGraph would be a plus", "Familiarity with MLflow helps"). A cue word alone ("we must ship", "Python plus SQL") is not.
 */
export const STATED_ASK =
  /\b(?:is|are|would be|will be|remains?)\s+(?:also\s+|equally\s+|very\s+|strongly\s+)?(?:required|expected|essential|mandatory|a must|an? (?:\w+ )?(?:plus|bonus|advantage)|nice to have|welcome|preferred|nice|useful|helpful)\b|\b(?:would (?:also |really |certainly )?help|(?:also )?helps|hilft)\b|\b(?:est|sont|serait|seraient)\s+(?:un plus|requise?s?|indispensables?|obligatoires?|appréciée?s?)|\b(?:es|son|sería|serían)\s+(?:un plus|imprescindibles?|obligatori[oa]s?|necesari[oa]s?|valorad[oa]s?)|\b(?:ist|sind|wäre|wären)\s+(?:ein plus|erforderlich|zwingend|pflicht|von vorteil|wünschenswert)/i;

/**
 * A mention that names another team the hire works beside, after an outsider relation: "junto al equipo de MLOps",
 * "avec l'équipe MLOps", "neben dem MLOps-Team", "alongside the MLOps team". The team's name is no ask of the
 * candidate; what the team runs is the scope stage's others' work. Joining a team ("join the MLOps team") is no
 * outsider relation. `OTHER_TEAM_BEFORE` is read on the line up to the mention, `OTHER_TEAM_AFTER` from it.
 */
const OUTSIDE_OF = String.raw`(?<![\p{L}])(?:${[...SIDE_BY_SIDE_RELATIONS].sort((a, b) => b.length - a.length).join("|")})\s+`;
export const OTHER_TEAM_BEFORE = new RegExp(
  String.raw`${OUTSIDE_OF}(?:(?:el|la|los|las|l['’]|les|dem|den|der)\s*)?(?:equipo|equipos|área|équipe|équipes|pôle)\s+(?:(?:de|del|d['’])\s*)?$`,
  "iu",
);
export const OTHER_TEAM_BEFORE_EN = new RegExp(String.raw`${OUTSIDE_OF}(?:the|our|their|a|an|dem|den|unserem)\s+$`, "iu");
// Case-sensitive on purpose: a capitalised "Teams" is Microsoft's product ("the OpenAI and Teams APIs"), not a team.
export const OTHER_TEAM_AFTER = /^[\p{L}\p{N}]+(?:[\s-]+[\p{L}\p{N}]+)?[\s-]+(?:team|teams|group|squad|Team)(?![\p{L}])/u;

/**
 * A sentence of the role's prose that names the team's own stack, which the hire works in: "We use MLflow for that
 * today", "we run Weaviate", "wir setzen auf LangGraph". Another group's stack ("the billing squad runs …") is the
 * scope stage's to set apart.
 */
export const TEAM_STACK =
  /\bwe (?:use|run|rely on|build on|work with|are (?:built|running) on)\b|\bour (?:stack|tooling)\b|\bwir (?:nutzen|verwenden|setzen)\b|\b(?:usamos|utilizamos|trabajamos con)\b|\bnous utilisons\b/i;

/**
 * Under a heading that names the role, a sentence that opens with a verb of doing in its base form tells the
 * candidate what to do: "Build RAG pipelines over our contracts", "Diseñar agentes …", "Concevoir des pipelines …".
 */
// Many of those verbs are nouns too ("Research here spans RAG", "Lead generation runs on our agents", "Scale is
// …"): a word after the first that shows it is a noun or a participle's subject makes the sentence no ask.
const NOUN_AFTER_VERB = [
  "here",
  "there",
  "is",
  "are",
  "was",
  "were",
  "has",
  "happens",
  "spans",
  "runs",
  "covers",
  "generation",
  "by",
  "of",
];
export const IMPERATIVE_ASK = new RegExp(
  `^\\s*(?:${[
    "build|design|develop|ship|own|lead|train|fine-tune|deploy|run|write|evaluate|create|maintain|implement|integrate",
    "prototype|architect|scale|improve|drive|define|set up|launch|operate|monitor|optimi[sz]e|research|work|partner|help",
    "construir|diseñar|desarrollar|desplegar|liderar|entrenar|crear|mantener|integrar|evaluar",
    "construire|concevoir|développer|déployer|piloter|entraîner|créer|maintenir|intégrer|évaluer",
  ].join("|")})(?![\\p{L}-])(?!\\s+(?:${NOUN_AFTER_VERB.join("|")})(?![\\p{L}-]))`,
  "iu",
);

/** Inline cues, within the comma-separated part of a line that holds the skill: "PyTorch (required), JAX a plus". */
export const PREFERRED_CUE =
  /\b(?:nice[ -]to[ -]have|a plus|is a plus|are a plus|plus\b|bonus|preferred|preferably|ideally|desirable|optional|good to have|an advantage|advantageous|an asset|helpful|helps|hilft|beneficial|would (?:also |really |certainly )?(?:be (?:great|nice|good|useful|helpful|welcome)|help)|von vorteil|wünschenswert|idealerweise|ein plus|deseable|valorable|se valorará|se valora|un plus|idealmente|apreciable|souhaité|souhaitable|apprécié|idéalement|un atout)\b/i;

/**
 * An ask put as a condition is a preference: "if you have also run MLflow …, great", "It would be a bonus if you've
 * worked with CrewAI", "si vous avez déjà …", "wenn du schon …". The condition governs its own part of the sentence.
 */
export const CONDITIONAL_ASK = /\b(?:if|wenn|falls)\s+(?:you|du|sie)\b|\bsi\s+(?:vous|tu|tienes|has|conoces|sabes|ya)\b/i;

/**
 * A requirement said not to be one: the mention is still asked for, as a preference ("a bonus but not a
 * requirement", "neither is mandatory", "though it is not expected", "None of those three is a condition of hire").
 * A required cue inside it is no requirement.
 */
export const NEGATED_REQUIREMENT =
  /(?<![\p{L}])(?:not|neither|none|never|no|nicht|kein\p{L}*|pas|ni|ningun[oa]?)(?![\p{L}])(?:\s+\S+){0,5}?\s+(?:required|expected|mandatory|a must|essential|necessary|a requirement|a condition|a prerequisite|obligatoire|requis|exigée?|indispensable|obligatori[oa]|imprescindible|necesari[oa]|requisito|erforderlich|pflicht|voraussetzung|zwingend)(?![\p{L}])/iu;
export const REQUIRED_CUE =
  /\b(?:required|(?:is|are) expected|a must|must[ -]have|must|essential|mandatory|non-negotiable|zwingend|erforderlich|vorausgesetzt|imprescindible|obligatorio|requisito|requis|exigé|indispensable|obligatoire)\b/i;

/**
 * A line that offers or describes rather than asks, wherever it stands: a perk ("a ChatGPT Enterprise seat for
 * everyone"), a budget, the hiring process ("we use an AI scheduling assistant to book interviews").
 */
export const NOT_AN_ASK =
  /\b(?:we offer|we provide|perks?\b|benefits?\b|stipend|allowance|subscriptions?\b|licen[cs]es? for|seats? for|learning budget|training budget|budget for|discount|\d+\s+(?:days|weeks)['’]?\s+(?:of\s+)?(?:paid\s+)?(?:holidays?|vacation|leave)\b|(?:paid|public|bank)\s+holidays?\b|(?:unlimited\s+)?pto\b|pension\s+(?:scheme|plan|fund|contributions?)\b|company\s+pension|paid leave|vacaciones|congés|urlaubstage|interview(?:s|ing)?\b|recruiters?\b|hiring process|application process|apply\b|wir bieten|ofrecemos|nous offrons|proceso de selección|processus de recrutement)/i;
