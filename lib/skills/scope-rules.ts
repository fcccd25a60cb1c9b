/**
 * The scope stage's rules, as data (see README.md, "Scope"): the shapes of a clause that does not claim what it
 * names. Each list holds patterns in English, German, Spanish and French; all are matched lower case, at word
 * boundaries, on the clause before the mention (from the last sentence or contrast break).
 *
 * - modality: a wish, a plan or an intention governs the rest of its sentence ("would love to build agents").
 * - future: the future tense or a learning still under way ("signed up for a course on LLMs", "j'apprends").
 * - negation: governs only the noun phrase it opens ("without any exposure to RAG"), so it reaches the mention
 *   only through NEGATION_FILLER words and list items ("no experience with RAG, LangChain or agents").
 * - others: someone else's work, named by an outsider relation to a group and a relative clause
 *   ("worked alongside the team that trained the models").
 */
export const MODALITY = [
  // English
  "want to",
  "wants to",
  "wanted to",
  "wish to",
  "hope to",
  "hoping to",
  "hopes to",
  "plan to",
  "planning to",
  "plans to",
  "aim to",
  "aiming to",
  "intend to",
  "intending to",
  "would like to",
  "would love to",
  "'d like to",
  "'d love to",
  "eager to",
  "keen to",
  "looking to",
  "looking forward to",
  "excited to",
  "motivated to",
  "seeking to",
  "aspire to",
  "aspiring",
  "interested in",
  "interest in",
  "curious about",
  "dream of",
  "dreaming of",
  "goal is",
  "goal:",
  "goals:",
  "next step",
  "move into",
  "moving into",
  "transition into",
  "transitioning into",
  "pivot into",
  "pivoting into",
  "open to learning",
  "transition to",
  "transitioning to",
  "move to",
  "switch to",
  "switch into",
  "pivot to",
  "break into",
  "get into",
  "getting into",
  "keen on",
  "excited about",
  "fascinated by",
  "drawn to",
  "hungry to",
  "wanting to",
  "hoping for",
  "seeking a role",
  "seeking an opportunity",
  "seeking opportunities",
  "looking for opportunities",
  "looking for a role",
  "career objective",
  "my objective",
  "objective is",
  "in the future",
  "someday",
  "one day",
  "eventually",
  "long-term",
  "long term",
  // German
  "möchte",
  "möchten",
  "würde gern",
  "würde gerne",
  "hoffe",
  "ich plane",
  "ziel ist",
  "strebe",
  "interessiere mich",
  "interesse an",
  "gerne lernen",
  "will lernen",
  // Spanish
  "quiero",
  "quisiera",
  "me gustaría",
  "espero",
  "planeo",
  "pienso",
  "busco aprender",
  "deseo",
  "mi objetivo",
  "me interesa",
  "interés en",
  "con ganas de",
  "aspiro",
  // French
  "je veux",
  "je voudrais",
  "j'aimerais",
  "aimerais",
  "souhaite",
  "souhaiterais",
  "j'espère",
  "envisage",
  "mon objectif",
  "m'intéresse",
  "intéressé par",
  "intéressée par",
  "envie de",
  "projette de",
  // Plans in the first person: "je prévois de suivre …", "tengo previsto …", "ich habe vor, …".
  "plan on",
  "planning on",
  "prévois de",
  "prévoit de",
  "prévoyons de",
  "j'ai prévu de",
  "je compte",
  "tengo previsto",
  "tengo pensado",
  "pretendo",
  "me propongo",
  "habe vor",
  "vorhabe",
  "beabsichtige",
  // A goal named as the author's, and learning still owed: "My aim for 2027: ship a RAG prototype", "still have to
  // learn how vector databases work", "tengo que aprender", "je dois apprendre", "muss … noch lernen".
  "my aim is",
  "my aim for",
  "my goal is",
  "my goal for",
  "my plan is",
  "my plan for",
  "mein ziel",
  "have to learn",
  "need to learn",
  "needs to learn",
  "must learn",
  "tengo que aprender",
  "necesito aprender",
  "dois apprendre",
  "je dois encore apprendre",
  "muss lernen",
  "muss noch lernen",
];

/**
 * Future cues that say a plan only in the shape `AUTHORS_FUTURE` (aspiration.ts) checks: the author's "I will" before
 * a verb of learning, starting or moving into (or with a year), a unit of time ahead with no past verb of the author
 * in the clause, "geplant ist"/"está previsto" not after "wie"/"como" ("Wie geplant ist … live" is done). "In this role
 * I will lead …", "the next month scaled it on LangChain" and "Tal como está previsto … mantengo" keep their skills.
 */
export const FUTURE_TENSE = ["i will", "i'll", "i shall", "next quarter", "next month", "next semester", "geplant ist", "está previsto"];

export const FUTURE = [
  // English: the future tense, and learning that has not yet made a skill
  "will learn",
  "will study",
  "will explore",
  "going to",
  "am learning",
  "i'm learning",
  "im learning",
  "currently learning",
  "now learning",
  "still learning",
  "learning about",
  "learning how",
  "learning to",
  "am studying",
  "currently studying",
  "studying up",
  "self-studying",
  "teaching myself",
  "signed up for",
  "signed up to",
  "enrolled in",
  "enrolled for",
  "registered for",
  "taking a course",
  "taking an online course",
  "taking a class",
  "getting started with",
  "exploring how",
  "familiarizing myself",
  "familiarising myself",
  "reading up on",
  "beginner in",
  "to be learned",
  "yet to",
  "next year",
  "upcoming",
  "on my list",
  "not yet",
  // A future about to begin, or a choice still being weighed: "I'm about to start …", "exploring whether vector
  // databases fit" (the author's "I will" is in FUTURE_TENSE, read by its shape).
  "about to",
  "exploring whether",
  "evaluating whether",
  // German
  "lerne gerade",
  "ist geplant",
  "nächstes jahr",
  "lerne",
  "werde",
  "arbeite mich",
  "angemeldet",
  "eingeschrieben",
  "beschäftige mich",
  // Spanish
  "aprendiendo",
  "el próximo año",
  "el año que viene",
  "estoy estudiando",
  "estudiando",
  "aprenderé",
  "voy a",
  "inscrito en",
  "inscrita en",
  "me estoy formando",
  "quiero aprender",
  "todavía no",
  "aún no",
  // French
  "j'apprends",
  "l'an prochain",
  "l'année prochaine",
  "apprends",
  "en train d'apprendre",
  "j'étudie",
  "apprendrai",
  "je vais",
  "inscrit à",
  "inscrite à",
  "je me forme",
  "pas encore",
];

/** Words that open a negation (the French "ne" is left out: "pas", "jamais" and "aucun" carry it). */
export const NEGATORS = [
  "no",
  "not",
  "never",
  "without",
  "none",
  "nothing",
  "nichts",
  "nada",
  "rien",
  "lack",
  "lacking",
  "zero",
  "nor",
  "haven't",
  "hasn't",
  "won't",
  "doesn't",
  "isn't",
  "aren't",
  "cannot",
  "can't",
  "neither",
  // A negative coordinator negates the item it opens: "… ni con bases de datos vectoriales", "ni LangChain ni
  // PyTorch", "weder LangChain noch …". German "noch" alone is no negation ("noch nicht", "und noch RAG").
  "ni",
  "weder",
  "didn't",
  "don't",
  "havent",
  "kein",
  "keine",
  "keinen",
  "keiner",
  "keinerlei",
  "nicht",
  "ohne",
  "nie",
  "niemals",
  "sin",
  "nunca",
  "ningún",
  "ninguna",
  "ninguno",
  "jamás",
  "sans",
  "pas",
  "jamais",
  "aucun",
  "aucune",
  "non",
  // A choice against it, or what was used in its place: "decided against LangChain", "plain Python instead of
  // LlamaIndex", "statt LangChain", "en lugar de un agente", "au lieu de LangGraph".
  "decided against",
  "opted against",
  "instead of",
  "rather than",
  "statt",
  "anstatt",
  "anstelle",
  "en lugar de",
  "en vez de",
  "au lieu de",
  "plutôt que",
];

/**
 * Negators of a verb rather than a noun: they govern a list of verb phrases too, "you will not be writing prompts,
 * choosing models or working on the LangGraph code".
 */
export const VERBAL_NEGATORS = [
  "not",
  "never",
  "won't",
  "don't",
  "doesn't",
  "didn't",
  "cannot",
  "can't",
  "nicht",
  "nie",
  "pas",
  "jamais",
  "nunca",
];

/**
 * Verbs of doing: a negated one pointing back disclaims the mention (DISCLAIMER_NEGATORS), and a negation reaches the
 * mention through one ("never built a LangGraph agent").
 */
export const DOING_VERBS = [
  "build",
  "built",
  "building",
  "write",
  "wrote",
  "written",
  "writing",
  "run",
  "ran",
  "own",
  "owned",
  "train",
  "trained",
  "touch",
  "touched",
  "code",
  "coded",
  "develop",
  "developed",
  "implement",
  "implemented",
  "evaluate",
  "evaluated",
  "use",
  "used",
  "work on",
  "worked on",
  "construí",
  "construido",
  "desarrollé",
  "escribí",
  "llevo",
  "gebaut",
  "entwickelt",
  "geschrieben",
  "trainiert",
  "construit",
  "développé",
  "écrit",
  "codé",
];

/** Words a negation reaches the mention through: "no (prior hands-on) experience with", "sans aucune expérience de". */
export const NEGATION_FILLER = new Set([
  ...`any prior previous professional hands real direct formal much practical commercial production experience
  exposure knowledge background familiarity usage using tried working done with to in
  heard seen met encountered try trying touched got round around
  of the a an yet ever so far really actual or and need needs needed require requires required expected necessary had have chance opportunity time occasion got
  training development entraînement entrenamiento desarrollo développement
  fine tune finetune deploy ship design maintain be
  entrenar construir desarrollar evaluar entraîner construire développer évaluer trainieren bauen entwickeln
  erfahrung erfahrungen kenntnisse praktische praktischen bisher mit in im der die dem den einsatz von vom gearbeitet noch
  genutzt verwendet gelegenheit hatte ausprobiert probiert angefasst jede jeder jegliche jeglicher jeglichen irgendeine irgendwelche
  experiencia previa práctica profesional conocimientos conocimiento con en de del el la los las uso usado
  trabajado aún todavía he ha tenido oportunidad ocasión probado tocado alguna alguno algún
  expérience préalable pratique professionnelle connaissance connaissances avec en de d du des le la les l utilisé
  travaillé encore ai eu occasion touché à essayé
  trabajar trabajará hará travailler travaillera
  arbeiten arbeitest wirst werden sur sobre an auf
  deployed shipped designed maintained fine-tuned
  entraîné déployé eingesetzt
  entrenado desarrollado desplegado implementado`.split(/\s+/),
  ...DOING_VERBS.flatMap((verb) => verb.split(" ")),
]);

/**
 * The endings of a second-person future, which a negation reaches through as through NEGATION_FILLER: "no
 * trabajarás con", "no programarás con", "tu ne feras ni …" (Spanish -ás, French -as and -ez after the future's r).
 */
export const SECOND_PERSON_FUTURE_ENDINGS = ["arás", "erás", "irás", "eras", "iras", "erez", "irez"];

/**
 * Subjects that negate an ask by themselves: "Nobody expects you to know PyTorch", "Niemand erwartet …", "Nadie
 * espera que …". Only the negated-ask shape reads them (a resume's "nobody had used RAG before I built it" is no
 * negation of the author's work).
 */
export const NOBODY = ["nobody", "no one", "niemand", "nadie"];

/**
 * In a posting, the hire's own negated future ("you will not …", "vous ne développerez pas …", "no diseñarás …", "du
 * wirst … nicht"): the role excludes the whole clause, whatever nouns stand between it and the mention ("… pas de
 * modèles de machine learning"). Never "you will not just …", which promises more.
 */
export const NEGATED_YOU_FUTURE = ["you will not", "you won't", "you will never", "you'll never", "you'll not"];
/** German puts the negation after the future's verb ("du wirst … nicht"): the future alone, which aspiration.ts reads on to its negator. */
export const GERMAN_YOU_FUTURE = ["du wirst", "sie werden", "ihr werdet"];
export const NOT_JUST = ["just", "only", "merely", "simply", "nur", "seulement", "solo", "sólo"];

/** Words that open examples of the noun before them: a negation reaches down them as down a list. */
export const EXAMPLE_MARKERS = [
  "such as",
  "like",
  "e.g.",
  "including",
  "for example",
  "for instance",
  "wie",
  "z. b.",
  "z.b.",
  "etwa",
  "como",
  "tales como",
  "por ejemplo",
  "comme",
  "tels que",
  "telles que",
  "par exemple",
  "notamment",
];

/**
 * Working side by side with a group, before the group's noun ("alongside the", "junto al equipo de"): an outsider
 * relation, and in a posting the team the hire works beside (posting-rules.ts, OTHER_TEAM_BEFORE).
 */
export const SIDE_BY_SIDE_RELATIONS = [
  "alongside",
  "beside",
  "next to",
  "with",
  "neben",
  "mit",
  "junto a",
  "junto al",
  "junto con",
  "al lado de",
  "al lado del",
  "con",
  "avec",
  "aux côtés de",
  "à côté de",
];
/** An outsider relation to a group of other people, before the group's noun ("alongside the", "for the", "next to our"). */
export const OUTSIDER_RELATIONS = [
  ...SIDE_BY_SIDE_RELATIONS,
  "besides",
  "for",
  "supporting",
  "supported",
  "assisting",
  "assisted",
  "near",
  "among",
  "für",
  "para",
  "pour",
];

/**
 * People who are never the author, standing as a clause's subject with no determiner: "Colleagues in the platform
 * group fine-tuned …", "Kollegen haben … gebaut", "Colegas del equipo de al lado entrenaron …".
 */
export const BARE_OTHER_SUBJECTS = [
  "colleagues",
  "coworkers",
  "co-workers",
  "teammates",
  "peers",
  "kollegen",
  "kolleginnen",
  "colegas",
  "compañeros",
  "compañeras",
  "collègues",
  // The people a trainer, teacher or organiser works for: "Organised a hackathon where students built RAG apps".
  "students",
  "participants",
  "attendees",
  "trainees",
  "learners",
  "pupils",
  "étudiants",
  "élèves",
  "stagiaires",
  "estudiantes",
  "alumnos",
  "participantes",
  "studierende",
  "studenten",
  "schüler",
  "teilnehmer",
  "teilnehmende",
];

/** People other than the author, one by one or as peers: "my manager", "my colleagues", "two colleagues". */
export const OTHER_PEOPLE = [
  ...BARE_OTHER_SUBJECTS,
  "manager",
  "managers",
  "boss",
  "supervisor",
  "colleague",
  "chef",
  "chefin",
  "jefe",
  "jefa",
  "responsable",
  // The people above the author or before them: "Our CTO built the agent platform; I ran the launch".
  "cto",
  "ceo",
  "cio",
  "founder",
  "founders",
  "co-founder",
  "cofounder",
  "predecessor",
  "professor",
  "advisor",
  "vorgesetzter",
  "vorgesetzte",
  "betreuer",
  "betreuerin",
  "vorgänger",
  "vorgängerin",
  "directeur",
  "directrice",
  "prédécesseur",
  "director",
  "directora",
  "predecesor",
  "predecesora",
];

/** The groups of OTHERS that are units of an organisation, not people named by what they do. */
export const GROUP_UNITS = [
  "team",
  "teams",
  "group",
  "groups",
  "grupo",
  "grupos",
  "groupe",
  "groupes",
  "gruppe",
  "equipos",
  "squad",
  "department",
  "lab",
  "labs",
  "abteilung",
  "equipo",
  "équipe",
  "équipes",
  // Another company of the same group is as much another group as a team is: "our sister company trains …".
  "sister company",
  "parent company",
  "subsidiary",
  "affiliate",
  "schwesterunternehmen",
  "schwesterfirma",
  "muttergesellschaft",
  "tochtergesellschaft",
  "filiale",
  "maison mère",
  "empresa hermana",
  // Bare "matriz" is a matrix ("la matriz de confusión"): only the company's name for it is a group.
  "empresa matriz",
  "casa matriz",
];

/** Groups of other people whose work a resume may describe. */
export const OTHERS = [
  ...OTHER_PEOPLE,
  ...GROUP_UNITS,
  "engineers",
  "scientists",
  "researchers",
  "developers",
  "architects",
  "architectes",
  "arquitectos",
  "architekten",
  "vendor",
  "vendors",
  "contractors",
  "contractor",
  "consultants",
  "agency",
  "agence",
  "agencia",
  "agentur",
  "prestataire",
  "prestataires",
  "proveedor",
  "proveedores",
  "dienstleister",
  "partners",
  "partner",
  "supplier",
  "suppliers",
  "people",
  "folks",
  "staff",
  "entwickler",
  "forscher",
  "investigadores",
  "ingenieros",
  "desarrolladores",
  "chercheurs",
  "ingénieurs",
  "développeurs",
  // Another company of the same group: "our sister company is building a neural network", "unser Schwesterunternehmen".
  "sister company",
  "parent company",
  "subsidiary",
  "schwesterunternehmen",
  "schwesterfirma",
  "schwestergesellschaft",
  "muttergesellschaft",
  "mutterkonzern",
  "tochterunternehmen",
  "tochtergesellschaft",
  "empresa hermana",
  "filial",
  "société sœur",
  "maison mère",
  "filiale",
];

/** The third-person plural pronouns: "the Platform team (they run everything on LangGraph)" is the team's work. */
export const THEY = ["they", "ils", "elles", "sie", "ellos", "ellas"];

/** What turns the group into the subject of the work that follows: a relative pronoun or a participle. */
export const OTHERS_LINKS = [
  "that",
  "who",
  "which",
  "whose",
  "building",
  "developing",
  "training",
  "working on",
  "using",
  "die",
  "der",
  "das",
  "welche",
  "que",
  "quienes",
  "qui",
  "dont",
];

/** Determiners that make a clause's subject someone else's group ("The ML team trained the models"). */
export const OTHER_SUBJECT_DETERMINERS = [
  "the",
  // A group pointed back at is one already named, never the author's: "— that team builds with LangChain".
  "that",
  "those",
  "another",
  "a separate",
  "other",
  "their",
  "external",
  // A number of people is not the author either: "two ML engineers built …".
  "two",
  "three",
  "four",
  "several",
  "a few",
  "zwei",
  "drei",
  "mehrere",
  "dos",
  "tres",
  "varios",
  "varias",
  "deux",
  "trois",
  "plusieurs",
  // The definite articles of the other languages, as "the": "Die Kollegen im Nachbarteam haben …", "El equipo de datos ajustó …".
  "die",
  "der",
  "el",
  "los",
  "las",
  "la",
  "le",
  "les",
];
/** The author's own possessive before a person who is not the author: "my manager built …" (never "my team and I"). */
export const MY = ["my", "mein", "meine", "mi", "mis", "mon", "ma", "mes"];

/**
 * A negated ask governs its whole clause, list and all: "you don't need Python or machine learning", "no
 * necesitas programación ni aprendizaje automático", "no esperamos que sepas …". The verbs of needing, requiring
 * and expecting, after a negator.
 */
export const ASK_VERBS = [
  "need",
  "needs",
  "require",
  "requires",
  "expect",
  "expects",
  "have to",
  "ask",
  "brauchst",
  "brauchen",
  "benötigst",
  "benötigen",
  "erwarten",
  "musst",
  "müssen",
  "necesitas",
  "necesita",
  "necesitamos",
  "esperamos",
  "pedimos",
  "exigimos",
  "requerimos",
  "requiere",
  "hace falta",
  "besoin",
  "attendons",
  "exigeons",
  "demandons",
];
/**
 * Nouns and adjectives of a requirement: "no es necesario", "keine Voraussetzung", "pas nécessaire". Put after what
 * they deny ("no manual review required, using LangChain agents"), they end the negation at the comma that follows.
 */
export const ASK_PREDICATES = [
  "necessary",
  "required",
  "a requirement",
  "necesario",
  "necesaria",
  "requisito",
  "voraussetzung",
  "notwendig",
  "erforderlich",
  "nécessaire",
  "requis",
  "exigé",
];
/** In a posting, "our research team trains …" is a team the hire does not join to do that work. */
export const POSTING_OTHER_SUBJECT_DETERMINERS = ["our", "nuestro", "nuestra", "unser", "unsere", "notre", "nos"];

/**
 * Words that open a condition: a mention inside a clause they open, before its comma, is supposed, not done ("If the
 * platform team adopts LangChain, I'd lead the move", "Falls wir LangGraph einführen, …", "Si l'équipe adopte …").
 */
export const CONDITIONALS = ["if", "unless", "should", "falls", "sofern", "wenn", "si", "à condition que", "en caso de que"];

/** A status right after the mention: "LangChain (learning)", "Vector databases: not yet", "RAG (en cours)". */
export const AFTER_STATUS = [
  "learning",
  "in progress",
  "beginner",
  "planned",
  "basic exposure",
  "soon",
  "not yet",
  "none yet",
  // A skills table's column of experience: "PyTorch    none    no".
  "none",
  "to learn",
  "next",
  "en cours",
  "à venir",
  "aprendiendo",
  "en curso",
  "pendiente",
  "geplant",
  "in arbeit",
  "lerne ich",
  // Signed up, not yet taken: "Course “Generative AI for product” — enrolled, starts in February".
  "enrolled",
  "registered",
  "inscrita",
  "inscrito",
  "inscrit",
  "inscrite",
  "angemeldet",
  "eingeschrieben",
  // Applied for, not yet granted: "ein Deep-Learning-Kurs ist für 2027 beantragt", "curso solicitado".
  "beantragt",
  "solicitado",
  "solicitada",
  // Planned, not begun: "formation « IA générative pour managers » est prévue", "course, starting January".
  "prévu",
  "prévue",
  "prévus",
  "prévues",
  "previsto",
  "prevista",
  "starting",
  "starts",
  "not started",
  "beginnt",
  "startet",
];

/**
 * A course the mention names the topic of ("a course on LLMs", "LangChain course", "LLM-Kurs", "formation sur les
 * grands modèles de langage"): a status anywhere in its sentence says it is not taken ("… est prévue pour 2027",
 * "started … and paused it after two weeks", "Kurs … abgebrochen").
 */
export const COURSE_NOUNS = [
  "course",
  "courses",
  "bootcamp",
  "certification",
  "certificate",
  "workshop",
  "mooc",
  "nanodegree",
  "formation",
  "cours",
  "certificat",
  "atelier",
  "kurs",
  "kurse",
  "lehrgang",
  "schulung",
  "weiterbildung",
  "zertifikat",
  "fortbildung",
  "curso",
  "cursos",
  "formación",
  "certificación",
  "taller",
];
/** The small words between a course and its topic: "course on the", "formation sur les", "Kurs zu", "curso de". */
export const COURSE_LINKS = [
  "on",
  "in",
  "about",
  "for",
  "of",
  "to",
  "the",
  "a",
  "an",
  "sur",
  "de",
  "des",
  "du",
  "les",
  "la",
  "le",
  "en",
  "à",
  "über",
  "zu",
  "zur",
  "zum",
  "im",
  "der",
  "die",
  "das",
  "den",
  "sobre",
  "del",
  "el",
  "los",
  "las",
  "para",
];
/** A course given up: with a course's statuses (AFTER_STATUS), anywhere in its sentence. */
export const STOPPED_STATUS = [
  "paused",
  "on hold",
  "abandoned",
  "dropped",
  "not finished",
  "unfinished",
  "not completed",
  "never finished",
  "gave up",
  "en pause",
  "abandonné",
  "abandonnée",
  "interrompu",
  "interrompue",
  "pas terminé",
  "pas terminée",
  "pausiert",
  "abgebrochen",
  "unterbrochen",
  "nicht abgeschlossen",
  "en pausa",
  "abandonado",
  "abandonada",
  "sin terminar",
  "interrumpido",
  "interrumpida",
  "no terminé",
];
/** Statuses that say a course is not taken only right after the mention: "RAG (learning)", not "a course for learning teams". */
export const STATUS_ONLY_RIGHT_AFTER = ["learning", "next", "soon", "beginner", "basic exposure", "to learn", "lerne ich", "none"];

/** A negation after the mention within a few words, as German puts it: "LangChain habe ich noch nicht genutzt". */
export const AFTER_NEGATORS = [
  "nicht",
  "nie",
  "niemals",
  "not yet",
  "is not",
  "are not",
  "was not",
  "were not",
  "isn't",
  "aren't",
  "wasn't",
  "weren't",
  "pas encore",
  "n'est pas",
  "ne fait pas",
  "ne font pas",
  "todavía no",
  "aún no",
  "no es",
  "no son",
  "no lo",
  "no la",
  "no he",
  "no tengo",
  "keine",
  "kein",
  "keinerlei",
  "n'ai pas",
  "n'ai jamais",
  // Known only by name or hearsay, as German, Spanish and French put it after the mention: "Von LangChain habe ich
  // nur gehört", "kenne ich nur vom Namen", "solo conozco el nombre", "je ne connais que de nom", "only by name".
  "nur gehört",
  "nur vom namen",
  "nur dem namen nach",
  "only by name",
  "by name only",
  "solo de nombre",
  "solo conozco el nombre",
  "sólo conozco el nombre",
  "que de nom",
  "que de réputation",
  // Tried and given up: "LangChain was trialled and then dropped", "CrewAI wurde verworfen", "fue descartado".
  "and dropped",
  "then dropped",
  "was dropped",
  "were dropped",
  "and abandoned",
  "was abandoned",
  "was discarded",
  "was rejected",
  "were rejected",
  "was ruled out",
  "wurde verworfen",
  "wurden verworfen",
  "fue descartado",
  "fue descartada",
  "y descartado",
  "y descartada",
  "a été abandonné",
  "a été abandonnée",
  "a été écarté",
  "a été écartée",
  "verworfen",
  "descartado",
  "descartada",
];

/**
 * Exposure without work: hearing, reading or watching about a skill claims nothing ("attended a talk on RAG",
 * "read widely about large language models"). A verb of taking in, then an event or "about".
 */
export const EXPOSURE_VERBS = [
  "attended",
  "watched",
  "followed",
  "joined",
  "listened to",
  "heard",
  "asistí a",
  "assisté à",
  "besuchte",
  "besucht",
];
export const EXPOSURE_EVENTS = [
  "talk",
  "talks",
  "webinar",
  "webinars",
  "keynote",
  "keynotes",
  "lecture",
  "lectures",
  "meetup",
  "meetups",
  "conference",
  "conferences",
  "session",
  "sessions",
  "panel",
  "panels",
  "podcast",
  "podcasts",
  "video",
  "videos",
  "demo",
  "demos",
  "charla",
  "charlas",
  "conferencia",
  "conférence",
  "vortrag",
  "vorträge",
];
export const EXPOSURE_ABOUT = [
  "articles about",
  "articles on",
  "stories about",
  "stories on",
  "news about",
  "reported on",
  "reporting on",
  "covering",
  "covered",
  "read about",
  "reading about",
  "read widely about",
  "read up on",
  // Watching others' work from beside it: "sat in on the ML team's reviews of their PyTorch models".
  "sat in on",
  "shadowed",
  "shadowing",
  "heard about",
  "learned about",
  "lu sur",
  "leído sobre",
  "gelesen über",
  // A piece written about it, in the singular as well: "wrote an article about generative AI", "un article sur les LLM".
  "article about",
  "article on",
  "piece about",
  "piece on",
  "pieces about",
  "pieces on",
  "columns about",
  "essay about",
  "essay on",
  "essays on",
  "story about",
  "story on",
  "explainer on",
  "explainer about",
  "article sur",
  "articles sur",
  "chronique sur",
  "reportage sur",
  "enquête sur",
  "artículo sobre",
  "artículos sobre",
  "reportaje sobre",
  "crónica sobre",
  "artikel über",
  "artikel zu",
  "beitrag über",
  "beiträge über",
  "reportage über",
];

/** Breaks that end a clause: sentence and list punctuation, and words that turn a sentence around. */
export const CLAUSE_BREAK_WORDS = [
  "but",
  "however",
  "although",
  "though",
  "whereas",
  "while",
  "aber",
  "jedoch",
  "doch",
  "sondern",
  "während",
  "pero",
  "sino",
  "aunque",
  "mientras",
  "mais",
  "cependant",
  "toutefois",
  "tandis",
  // A concession opens a clause of its own: "… – auch wenn unser Schwesterunternehmen ein neuronales Netz entwickelt".
  "obwohl",
  "obgleich",
  "auch wenn",
  "even if",
  "bien que",
  "quoique",
];

/** Headings of a part of a resume that lists goals rather than skills ("Interests", "Learning goals"). */
export const GOAL_HEADINGS = [
  "goals",
  "goal",
  "learning goals",
  "career goals",
  "interests",
  "technical interests",
  "currently learning",
  "learning",
  "to learn",
  "next steps",
  "aspirations",
  "ziele",
  "interessen",
  "lernziele",
  "objetivos",
  "intereses",
  "objectifs",
  "centres d'intérêt",
  "centres d’intérêt",
  "intérêts",
  // Plans and what is not done yet, as a heading or a label over its line ("NEXT STEPS", "Not yet: fine-tuning",
  // "Geplant: …", "IN PROGRESS / PLANNED": each part of a heading split at "/" or "&" is looked up).
  "prochaines étapes",
  "próximos pasos",
  "nächste schritte",
  "planned",
  "plans",
  "not yet",
  "geplant",
  "noch nicht",
  "prévu",
  "pas encore",
  "previsto",
  "pendiente",
  "aún no",
  "todavía no",
];
/**
 * A heading of work under way: current work as often as a plan ("IN PROGRESS" over a project being built). A goals
 * heading when split with a plans part ("PLANS / IN PROGRESS"), or when no line under it describes work done or
 * being done by the author (aspiration.ts, `goalLines`: a past verb or a first-person subject).
 */
export const UNDER_WAY_HEADINGS = ["in progress", "work in progress", "ongoing", "en curso", "en cours", "in arbeit", "laufend"];

/**
 * A heading put as a free relative ("What I haven't done yet", "Lo que aún no he hecho", "Ce que je n'ai pas encore
 * fait", "Was ich lernen möchte") lists goals when its verb is negated or wished (a `NEGATORS` or `MODALITY` cue);
 * "What I built" lists work.
 */
export const FREE_RELATIVE_HEADINGS = ["what", "things", "lo que", "cosas que", "ce que", "ce qu'", "was"];

/**
 * German puts a wish or plan after what it governs, the verb at the clause's end: "Prompting und RAG möchte ich
 * dort erst kennenlernen", "LangGraph möchte ich 2027 lernen". These verbs then "ich" after the mention, and an
 * infinitive closing the clause, make it a goal.
 */
export const AFTER_MODALS = ["möchte", "möchten", "wollen", "plane", "hoffe"];

/**
 * A passive whose agent is another group, before or after the mention: "un chatbot RAG a été développé par le
 * prestataire", "developed by the analytics team with PyTorch", "wurde vom Dienstleister entwickelt" ("trained by
 * me" names no group). Only verbs of making: "used by the sales team" is the author's thing others use. Each verb is
 * its participle's base form, and aspiration.ts reads its inflections by shape (French -e/-s/-es, Spanish -o/-a/-os/-as,
 * German adjectival -e/-er/-es/-en/-em) and its place: before "by"/"par"/"por" and the agent, or in German at the
 * clause's end after "von"/"vom"/"durch" and the agent. Kept out of the cue lexicon: "developed" opens half a
 * resume's lines, and the group noun the shape needs is a cue already.
 */
export const PASSIVE_AGENT_VERBS = {
  en: ["developed", "created", "maintained", "trained", "built", "designed", "written"],
  fr: ["développé", "entraîné", "conçu", "réalisé", "créé", "construit"],
  es: ["desarrollado", "entrenado", "construido", "realizado", "creado", "diseñado"],
  de: ["entwickelt", "trainiert", "gebaut", "aufgebaut", "erstellt", "gepflegt", "programmiert", "umgesetzt"],
} as const;
/**
 * A relative pronoun opening, after a comma, the passive that describes the mention's noun: "a RAG bot, which was
 * built by the vendor team", "ein RAG-Chatbot, der vom Dienstleister entwickelt wurde", "qui a été conçu par …".
 */
export const PASSIVE_RELATIVES = ["which", "that", "der", "die", "das", "welcher", "welche", "welches", "qui", "que", "el cual", "la cual"];
/** The agent's preposition of a German passive, and its article when not fused ("vom", "durch den"). */
export const GERMAN_AGENT_PREPOSITIONS = ["von", "vom", "durch"];

/**
 * The author named as doer by a reflexive, after another group's passive: "… adding hybrid search myself", "… la
 * añadí yo misma". With OWN_PART ("I added …", "ich habe …") and a participle after a comma (OWN_PARTICIPLE in
 * aspiration.ts), it ends the group's scope where the author's own doing starts.
 */
export const OWN_REFLEXIVES = ["myself", "selbst", "selber", "yo mismo", "yo misma", "moi-même"];
/** Participles that describe the group's thing, not the author's next act: "…, including its LangChain agents". */
export const DESCRIBING_PARTICIPLES = [
  "including",
  "using",
  "featuring",
  "incluyendo",
  "usando",
  "utilizando",
  "en utilisant",
  "en incluant",
];

/** After the mention, work that belongs elsewhere: "… sits with another group", "… is owned by our platform team". */
export const OTHERS_AFTER_VERBS = [
  "sits with",
  "sit with",
  "lives with",
  "live with",
  "owned by",
  "handled by",
  "run by",
  "done by",
  "built by",
  "trained by",
  "belongs to",
  "belong to",
  "belonged to",
  "is the job of",
  "responsibility of",
  "works on",
  "work on",
  "relève de",
  "gérée par",
  "géré par",
  "depende de",
  "gestionado por",
  "assurée par",
  "assuré par",
  "réalisée par",
  "réalisé par",
  "a cargo de",
  "realizado por",
  "realizada por",
  "provided by",
  "delivered by",
  "liegt bei",
  "verantwortet von",
];
export const OTHERS_AFTER_DETERMINERS = [
  "another",
  "a separate",
  "a different",
  "other",
  "the",
  "our",
  "their",
  "un autre",
  "une autre",
  "otro",
  "otra",
  "einem anderen",
  "einer anderen",
  "le",
  "la",
  "les",
  "el",
  "los",
  "las",
  "dem",
  "a",
  "an",
  "un",
  "une",
  "una",
  "ein",
  "einem",
  "einer",
];

/**
 * A disclaimer after the mention, in the rest of its sentence: a negated verb of doing that points back at what was
 * named ("… built a LangGraph agent; I reviewed it but did not build or run it", "read an ML résumé — I could not
 * write one", "… without being expected to evaluate either skill myself"). The negators (the verbs of doing: DOING_VERBS) and the
 * words that point back.
 */
export const DISCLAIMER_NEGATORS = [
  "not",
  "never",
  "didn't",
  "haven't",
  "hasn't",
  "couldn't",
  "wasn't",
  "without",
  "nicht",
  "nie",
  "no",
  "nunca",
  "pas",
  "jamais",
];
/**
 * A disclaimer that needs no verb pointing back: the author had no part in it ("…; I was not involved", "daran war ich
 * nicht beteiligt", "yo no participé", "je n'y ai pas participé": "pas participé"), or it belongs to others ("the build was theirs",
 * "ce sont les compétences des candidats, pas les miennes", "nicht meine", "no las mías").
 */
export const NO_PART = [
  "not involved",
  "wasn't involved",
  "no involvement",
  "not part of it",
  "no part in",
  "had no part",
  "took no part",
  "did none of",
  "none of it was mine",
  "theirs",
  "not mine",
  "nicht beteiligt",
  "nicht mitgearbeitet",
  "keinen anteil",
  "nicht meine",
  "nicht meiner",
  "nicht meins",
  "no participé",
  "no intervine",
  "no formé parte",
  "sin participar",
  "no las mías",
  "no los míos",
  "no la mía",
  "no el mío",
  "pas participé",
  "sans y participer",
  "pas impliqué",
  "pas impliquée",
  "pas les miennes",
  "pas les miens",
  "pas la mienne",
  "pas le mien",
  "les leurs",
  // Or the author looked at it and chose not to use it, pointing back at it: "read the LangGraph guide and decided
  // against it", "haben uns dagegen entschieden", "lo descartamos", "nous l'avons écarté".
  "decided against it",
  "decided against them",
  "decided against using it",
  "opted against it",
  "chose against it",
  "ruled it out",
  "ruled them out",
  "dagegen entschieden",
  "lo descartamos",
  "la descartamos",
  "los descartamos",
  "lo descarté",
  "la descarté",
  "decidimos no usarlo",
  "l'avons écarté",
  "l'avons écartée",
  "l'ai écarté",
  "l'ai écartée",
  "y avons renoncé",
  "y ai renoncé",
];
/**
 * A negated experience with no object, in a clause after the mention's: it speaks of the mention ("… en 2027 ; pas
 * encore de pratique", "— no hands-on experience yet", "; noch keine Praxis"). With an object it names something
 * else ("; no experience with Kubernetes"), and inside the clause it qualifies the claim ("with no prior experience").
 */
export const EXPERIENCE_NOUNS = [
  "experience",
  "practice",
  // Use named as the thing lacking: "— no production use so far", "; sin uso en producción", "— aucune utilisation".
  "use",
  "usage",
  "uso",
  "utilisation",
  "einsatz",
  "exposure",
  "expérience",
  "pratique",
  "erfahrung",
  "praxis",
  "praxiserfahrung",
  "experiencia",
  "práctica",
];
export const BACK_REFERENCES = ["it", "one", "them", "myself", "selbst", "es", "moi-même", "moi"];
/**
 * Words that point back only when nothing follows them: "did not build any" points back, "did not build any agents"
 * names new ones ("any", "either", "those" are determiners before a noun).
 */
export const BARE_BACK_REFERENCES = ["any", "either", "those", "these"];
/** The general nouns a bare back reference may take and still point back: "either skill", "any of them". */
export const BACK_REFERENCE_NOUNS = ["skill", "skills", "tool", "tools", "thing", "things", "part", "of it", "of them"];
/**
 * The third-person object pronouns that stand before the verb they belong to and point back at a thing: "no lo
 * construí", "je ne l'ai pas écrit". They are articles too ("la Llama de Meta").
 */
export const CLITIC_BACK_REFERENCES = ["lo", "la", "los", "las", "le", "les", "l'"];
/** Every object pronoun that stands before its verb, the third-person ones and the others: "se llama", "me llaman". */
export const CLITICS = [...CLITIC_BACK_REFERENCES, "se", "me", "te", "nos", "os"];

/**
 * A clause after the mention in which the author states their own, narrower part: "…; I supply the read-outs they
 * train on", "— my part ended at the queue", "; mi papel fue definir las métricas". Beside a clause whose subject is a
 * group (even "our … group", "a colleague"), it makes that group's work theirs, not the author's.
 */
export const OWN_PART = [
  "i",
  "my part",
  "my role",
  "my job",
  "my contribution",
  "ich",
  "meine rolle",
  "mein teil",
  "yo",
  "mi papel",
  "mi parte",
  "mi rol",
  "je",
  "j",
  "mon rôle",
  "ma part",
  "ma contribution",
];
/**
 * Parties outside the author's organisation: their possessive right before a mention makes it theirs ("discovery
 * calls on customers' retrieval-augmented generation projects"), with no determiner needed.
 */
export const EXTERNAL_PARTIES = [
  "customers",
  "customer",
  "clients",
  "client",
  "partners",
  "partner",
  "vendors",
  "vendor",
  "suppliers",
  "supplier",
  "investors",
  "kunden",
  "clientes",
  "socios",
  "partenaires",
];

/**
 * What an organisation is, in the parenthesis that describes it after its name: "Lumenweft AI (an LLM vendor selling
 * model hosting)", "Acme (a generative-AI startup)". The mentions there are the organisation's business, not the
 * author's skill (docs/labeling.md rule 1).
 */
export const ORGANISATION_NOUNS = [
  "vendor",
  "company",
  "startup",
  "start-up",
  "scale-up",
  "scaleup",
  "provider",
  "firm",
  "lab",
  "maker",
  "consultancy",
  "agency",
  "supplier",
  "reseller",
  "unternehmen",
  "anbieter",
  "hersteller",
  "empresa",
  "proveedor",
  "entreprise",
  "éditeur",
  "fournisseur",
];

/** Words that open a clause inside the sentence, whose subject may be another group: "… where a vendor demoed its agents". */
export const SUBORDINATORS = [
  "where",
  "when",
  "in which",
  "at which",
  "wo",
  "als",
  "bei der",
  "bei dem",
  "donde",
  "cuando",
  "en la que",
  "en el que",
  "où",
  "quand",
  "lors de laquelle",
];

/**
 * Hiring: the skills of the people hired, or of the job a posting the author wrote asks for, are theirs, not the
 * author's ("recruited engineers for LLM and RAG roles", "Recrutement de 60 ingénieurs : profils LLM, RAG",
 * "wrote job ads requiring LangChain"). The words of hiring, the people hired and the documents that ask.
 */
export const HIRING = [
  // Work handed to a role names that role's skill: "that belongs with an ML engineer", "c'est le travail d'un …".
  "belongs with",
  "belongs to",
  "job for",
  "left to",
  // Choosing among people by a skill names their skill, not the author's: "Screened candidates on LLM experience".
  "screened",
  "interviewed",
  "vetted",
  "shortlisted",
  "présélectionné",
  "présélectionnée",
  "entrevisté",
  "preseleccioné",
  "recruited",
  "recruiting",
  "recruitment",
  "hired",
  "hiring",
  "sourced",
  "sourcing",
  "headhunted",
  "recrutement",
  "recruté",
  "recrutée",
  "recrutés",
  "recruter",
  "embauché",
  "embauchés",
  "rekrutiert",
  "rekrutierung",
  "eingestellt",
  "reclutamiento",
  "reclutado",
  "reclutados",
  "recluté",
  "contraté",
  "contratación",
];
export const HIRED_PEOPLE = [
  // One person of a role, as work is handed to them: "that belongs with an ML engineer".
  "engineer",
  "scientist",
  "candidates",
  "profiles",
  "roles",
  "positions",
  "hires",
  "talent",
  "candidats",
  "profils",
  "postes",
  "kandidaten",
  "kandidatinnen",
  "profile",
  "stellen",
  "rollen",
  "candidatos",
  "candidatas",
  "perfiles",
  "puestos",
  "vacantes",
];
export const JOB_DOCUMENTS = [
  "job ads",
  "job adverts",
  "job advertisements",
  "job descriptions",
  "job postings",
  "job posts",
  "job specs",
  "job offers",
  "fiches de poste",
  "offres d'emploi",
  "annonces",
  "stellenanzeigen",
  "stellenausschreibungen",
  "ausschreibungen",
  "ofertas de empleo",
  "ofertas de trabajo",
  "descripciones de puesto",
  "descripciones de puestos",
];
/** What a job document does to the skills it names: "job ads requiring LangChain", "fiches de poste exigeant". */
export const ASKING = [
  "requiring",
  "that required",
  "which required",
  "asking for",
  "calling for",
  "demanding",
  "exigeant",
  "demandant",
  "requérant",
  "qui exigeaient",
  "qui demandaient",
  "verlangten",
  "forderten",
  "erforderten",
  "mit anforderungen",
  "que pedían",
  "que exigían",
  "exigiendo",
  "pidiendo",
  "requiriendo",
];

/** Determiners of a group subject that may include the author, told apart only by an OWN_PART clause after it. */
export const SHARED_SUBJECT_DETERMINERS = ["our", "a", "one", "unser", "unsere", "nuestro", "nuestra", "un", "una", "notre", "une"];

/**
 * In a posting, a sentence that names something and then says the role has no part in it ("… — you won't be working on
 * it" is read in aspiration.ts), "… et n'est pas concernée par ce poste", "este puesto … no trabaja en esos proyectos", "mit diesem System hat
 * die Stelle nichts zu tun". The role's words and the negators that follow them within a few words.
 */
export const ROLE_WORDS = [
  "this role",
  "the role",
  "this position",
  "the position",
  "ce poste",
  "le poste",
  "este puesto",
  "el puesto",
  "esta posición",
  "die stelle",
  "diese stelle",
  "die rolle",
  "diese rolle",
];
export const ROLE_NEGATORS = [
  "won't",
  "will not",
  "not",
  "never",
  "no",
  "nothing",
  "nichts",
  "nicht",
  "keine",
  "n'est pas",
  "ne sera pas",
  "ne travaille pas",
  "pas",
  "rien",
  "nada",
];
/**
 * After the mention, the candidate said to have nothing to do with it: "Mit LLMs haben Sie nichts zu tun", "LangChain?
 * You'll have nothing to do with it", "vous n'aurez rien à voir avec", "no tendrás nada que ver con". The candidate as
 * the subject: a pronoun, or the verb that carries it where the pronoun is dropped or elided ("tendrás", "n'aurez").
 */
export const CANDIDATE_SUBJECTS = ["you", "you'll", "sie", "du", "ihr", "vous", "n'aurez", "usted", "tú", "tendrás"];
export const NOTHING_TO_DO = ["nothing to do", "nichts zu tun", "rien à voir", "rien à faire", "nada que ver"];

/**
 * Words of a status that may also stand as a label before the mention, at the start of its line: "Enrolled: “Building
 * AI Agents” course", "Geplant: Zertifikatskurs „Generative KI“", "Prévu : formation IA générative".
 */
export const STATUS_LABELS = [
  "enrolled",
  "registered",
  "planned",
  "upcoming",
  "in progress",
  "starting",
  "geplant",
  "angemeldet",
  "eingeschrieben",
  "demnächst",
  "prévu",
  "prévue",
  "à venir",
  "inscrit",
  "inscrite",
  "previsto",
  "prevista",
  "inscrito",
  "inscrita",
  "en curso",
];

/**
 * Words that say a name is given in jest, in the mention's clause or the rest of its sentence: "the original prompt
 * engineering, as my manager liked to joke", "unser „RAG-System", wie wir scherzhaft sagten". A name used as a joke
 * claims nothing (docs/labeling.md rule 3). Only the verb and adverb forms: "a joke generator" is a noun, and work.
 */
export const JOKE_CUES = [
  "joke",
  "joked",
  "jokes",
  "joking",
  "jokingly",
  "half-jokingly",
  "quipped",
  "tongue-in-cheek",
  "scherzhaft",
  "im scherz",
  "scherzte",
  "en broma",
  "bromeaba",
  "bromeando",
  "en plaisantant",
  "pour plaisanter",
  "plaisantait",
];

/**
 * German puts the pronoun pointing back before the negator and the participle of doing at the clause's end: "… — ich
 * habe ihn bisher nicht beruflich eingesetzt", "sie habe ich nie selbst genutzt". The pronouns, then the participles.
 */
export const GERMAN_BACK_REFERENCES = ["ihn", "sie", "es", "ihm", "ihnen"];
export const GERMAN_DOING_PARTICIPLES = [
  "eingesetzt",
  "genutzt",
  "benutzt",
  "verwendet",
  "gebaut",
  "entwickelt",
  "geschrieben",
  "trainiert",
  "angewendet",
  "angewandt",
];
