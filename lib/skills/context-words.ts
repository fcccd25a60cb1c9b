/** Word lists the context rules in `context.ts` consult. Lower case; one edit here changes every rule that uses them. */
import { CLITIC_BACK_REFERENCES, CLITICS, EXAMPLE_MARKERS, ORGANISATION_NOUNS } from "./scope-rules";

const words = (list: string) => new Set(list.split(/\s+/).filter(Boolean));

/** Words that show a passage is about software and models rather than people, places or electricity. */
export const TECH_WORDS = words(`
  ai api apis sdk sdks llm llms model models prompt prompts prompting python typescript javascript gpt gpt4 chatgpt
  openai anthropic langchain langgraph llamaindex rag agent agents agentic embeddings embedding fine tuning tuned
  inference chatbot chatbots copilot tools tool calling function vector pipeline pipelines genai generative
  neural deep learning machine ml nlp transformer transformers pytorch tensorflow hugging huggingface
  retrieval evaluation evals evaluations token tokens context mcp automation automated workflow workflows backend
  kubernetes docker aws gcp azure cloud database databases sql server servers deployed deploy built integrated
  integrating integration framework frameworks library libraries vertex bedrock multimodal vision reasoning
  quantized quantization weights ollama vllm gguf parameters instruct chat completions benchmark benchmarks
  sonnet opus haiku claude gemini mistral llama qwen deepseek`);
/**
 * "Model" in French, Spanish and German: technical only as the head of the mention's own noun phrase ("le modèle
 * Claude 3", "modelo Gemma"), never anywhere on the line ("le modèle de facturation validé par Claude").
 */
export const MODEL_NOUNS = words("modèle modèles modelo modelos modell modelle");
/** The nouns a vector store's name stands after as what it is: "indexées dans une base Chroma", "base de datos Chroma". */
export const STORE_NOUNS = words("base bases données datos database databases datenbank index índice collection colección");

/** Words that mark "agent" as a person's job rather than software. */
export const HUMAN_AGENT_WORDS = words(`
  estate realty travel customer service support insurance sales call center centre booking leasing talent
  sports free secret double change border patrol ticket tickets shipping freight purchasing listing buyer
  buyers seller sellers rental property properties contact helpdesk desk claims federal fbi patent literary
  human humans live reisebüro immobilien kundenservice agentes inmobiliarios`);

/** Words near "agent" that make it a software agent built on a model; an agent that uses tools is one (docs/labeling.md rule 3). */
export const AI_AGENT_WORDS = words(`
  ai llm llms autonomous calling langchain langgraph crewai autogen gpt openai claude anthropic rag
  agentic planner mcp genai generative prompt prompts reasoning orchestration orchestrated gemini
  ki ia tool tools herramientas outils werkzeuge`);

/** The words an API is named by: a parenthesis after one lists its features ("OpenAI API (chat, function calling)"). */
export const API_WORDS = words("api apis sdk sdks endpoint endpoints");

/** Words that open an enumeration of an API's features after its name ("the OpenAI API, including structured outputs and …"). */
export const FEATURE_LIST_WORDS = words(
  "including incl featuring notamment dont einschließlich inklusive inkl incluyendo incluidos incluidas",
);

/** Words of risk before a capability that make it a way an application fails: "insecure tool use", "unsicherer Tool-Einsatz". */
export const RISK_QUALIFIERS = words(
  "insecure unsafe unauthorized unauthorised excessive malicious unsicher unsicherer unsichere inseguro insegura dangereux",
);

/**
 * Words of a structured output: function calling that makes a model return a JSON schema is the API's output format
 * ("the OpenAI API with function calling returns a strict JSON schema"), not a model calling tools.
 */
export const STRUCTURED_OUTPUT_WORDS = words("json schema schemas esquema schéma structured strukturierte estructurada structurée");
/**
 * Function words a Title Case line capitalises ("Fine-Tuning Gemma For Legal Search"): after a first name they are
 * no surname. A company's name stays one ("Gemini Reisen GmbH").
 */
export const TITLE_FUNCTION_WORDS = words(`
  for with on in of and or to at by from into via the a an für mit und von zu auf pour avec sur dans et de du des par
  para con en y del por`);
/** The verbs that make a structured output what a call returns: "function calling that returns a strict JSON schema". */
export const RETURN_VERBS = words("return returns returned returning renvoie renvoient retourne devuelve devuelven liefert zurückgibt");
/** The words that name an agent beside a tool call: with them, a schema is the agent's tools' arguments. */
export const AGENT_WORDS = words("agent agents agente agentes agenten agentic");

/** Words after "multi-agent" that mean reinforcement learning or simulation rather than LLM agents. */
export const NON_LLM_MULTI_AGENT = words("reinforcement rl marl simulation simulations path pathfinding robotics robots game games");

/**
 * Game AI: "enemy AI agents built with behaviour trees" are scripted game characters, not agents built on models
 * (docs/labeling.md rule 3), unless a language model stands beside them (LLM_MULTI_AGENT). Only words games alone
 * use: "customer behavior", "Unity Catalog", "my boss", "opponent bids" are everyday work.
 */
export const GAME_AI_WORDS = words(`
  enemy enemies npc npcs goap pathfinding navmesh navmeshes gameplay ennemis ennemi enemigos enemigo spielfiguren`);
/** A behaviour tree, a game character's script, as two words: "behaviour" alone is a customer's as well. */
export const BEHAVIOUR_TREE_FIRST = words("behaviour behavior");
export const BEHAVIOUR_TREE_SECOND = words("tree trees");

export const LLM_MULTI_AGENT = words(`
  llm llms langchain langgraph crewai autogen gpt openai claude agentic tool tools genai generative prompt`);

/** The articles before a product word that a maker's name follows, as French, Spanish and German put it: "le Hub Hugging Face". */
export const PRODUCT_ARTICLES = words("le la les l el los las der die das den dem");
/** The links between a product and its maker named after it: "models from Hugging Face", "modelos de OpenAI". */
export const PRODUCT_LINKS = words("de d del des du von der from");
/** "modèles issus de Hugging Face", "modelos procedentes de", "Modelle aus dem": where a model comes from. */
export const ORIGIN_PARTICIPLES = words("issus issues issu issue procedentes procedente provenientes provenant");

/** Words after an organisation's name that show its product was used, not that it was the employer. */
export const PRODUCT_WORDS = words(`
  diffusers peft accelerate tokenizers trl
  api apis sdk sdks models model gpt gpt4 gpt4o embeddings embedding assistants assistant hub transformers spaces
  datasets whisper agents realtime responses functions function plugins plugin integration integrations tools
  endpoints platform llms llm claude gemini dall codex o1 o3 chat completions fine code sonnet opus haiku pro flash
  cli desktop`);

export const USE_VERBS = words(`
  using used use uses via leveraging leveraged leverage integrated integrating integrate built building powered
  calling called call with on into through atop orchestrating deployed deploying fine tuned prompting mit con
  downloaded pulled descargado descargados descargué heruntergeladen téléchargé téléchargés`);

/**
 * The head of a list of organisations someone deals with: its items are organisations, not products used
 * ("companies including OpenAI, Anthropic"). The profiles someone hires for are the scope stage's (HIRED_PEOPLE in
 * scope-rules.ts): "customer profiles, RAG retrieval" are data.
 */
export const ORGANISATION_HEADS = words(`
  companies clients customers investors employers startups firms labs brands sponsors partners accounts
  unternehmen kunden empresas clientes entreprises sociétés`);

/**
 * After a skill's name, nouns of an organisation it names the kind of: "a vector-database start-up", "an LLM vendor",
 * "Anthropic reseller teams", "ein LLM-Anbieter": the scope stage's organisation nouns (scope-rules.ts), singular
 * and plural. Not "provider": "switched LLM providers" is integration work. Written as two words, "start-up" is
 * COMPOUND_NOUN_FIRST/SECOND's.
 */
const NOT_KIND_AFTER = new Set(["provider", "proveedor", "start-up", "scale-up"]);
const plural = (noun: string) => (/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : noun.endsWith("n") ? noun : `${noun}s`);
export const ORGANISATION_KIND_NOUNS = new Set([
  ...ORGANISATION_NOUNS.filter((noun) => !NOT_KIND_AFTER.has(noun)).flatMap((noun) => [noun, plural(noun)]),
  ...words("unicorn unicorns firma firmen"),
]);
/** Organisation nouns written as two words: "start-up", "scale-up". */
export const COMPOUND_NOUN_FIRST = words("start scale");
export const COMPOUND_NOUN_SECOND = words("up ups");
/** What links an organisation noun put first to the skill naming its kind: "start-up de", "empresa de", "d'IA". */
export const KIND_LINKS = words("de d");

/** Before a skill's name and "de"/"d'", the same nouns as French and Spanish put them first: "une start-up d'IA générative". */
export const ORGANISATION_KIND_BEFORE = words(`
  startup startups empresa empresas proveedor proveedores compañía fournisseur fournisseurs éditeur éditeurs
  entreprise entreprises société sociétés`);
/** Relations with an organisation: the names after "agreements with", "sponsored by" are partners, not products used. */
export const RELATION_HEADS = words(`
  agreement agreements partnership partnerships alliance alliances deal deals contract contracts
  acuerdo acuerdos alianza alianzas accord accords partenariat partenariats vereinbarung vereinbarungen
  sponsored sponsorisé sponsorisée patrocinado patrocinada gesponsert`);
/** The prepositions a relation names its other party with ("agreements with", "sponsored by"). */
export const RELATION_PREPOSITIONS = words("with mit con avec by par por von");
/**
 * A legal action names its other party after "against": "a shareholder claim against a large language-model
 * developer". Only these heads: "benchmarked against GPT-4" is use.
 */
export const LEGAL_ACTION_HEADS = words(`
  claim claims lawsuit lawsuits suit suits litigation proceedings complaint complaints appeal
  plainte plaintes procès recours demanda demandas pleito reclamación klage klagen`);
export const OPPOSING_PREPOSITIONS = words("against contre contra gegen");
/** The organisation a legal action is brought against, named after the mention: "against a generative AI developer". */
export const OPPOSING_PARTY_NOUNS = words(`
  developer developers maker makers vendor vendors company companies provider providers firm firms lab labs startup
  startups développeur développeurs éditeur fournisseur desarrollador desarrolladores empresa proveedor anbieter
  entwickler hersteller`);
/** Articles between a list's head and its item: "a claim against a language-model developer". */
export const ARTICLES = words("a an the un une una le la el der die das den ein eine einen");
/**
 * The words that join the items of a list to each other and to its head ("companies including A, B and C"): the
 * words that open an enumeration, the one-word markers of an example (scope-rules.ts), and conjunctions.
 */
export const LIST_GLUE = new Set([
  ...FEATURE_LIST_WORDS,
  ...EXAMPLE_MARKERS.filter((marker) => /^\p{L}+$/u.test(marker)),
  ...words("and or include includes such as among notably two three several other et ou y o entre und oder darunter"),
]);

/**
 * Verbs of selling, or of placing a product against others in a sale: what someone sells or positions is their
 * employer's product, not a tool they used ("selling our language models", "positioned our AI agents add-on").
 * Never a form that is also a noun: "Vertrieb" is the sales department someone builds for.
 */
export const SALES_VERBS = words(`
  sell sells selling sold resell resells reselling resold upsell upselling upsold
  vendre vends vend vendu vendus vendais vendait vender vendo vendí vendía vendiendo vendemos
  verkaufen verkaufe verkauft verkaufte vertreiben vertreibe
  positioned positioning pitched pitching marketed promoting
  positionné positionnée positionnés posicioné posicionamos posicionado promocioné positioniert vermarktet`);

/**
 * Verbs of making a thing: coordinated with a selling verb ("Pitched, designed and shipped our assistant"), they make
 * the thing the author's work, not a product sold. "Promoted" is no selling verb: "promoted to tech lead" is a career.
 */
export const MAKING_VERBS = words(`
  designed developed shipped implemented engineered wrote coded prototyped conçu développé livré implémenté
  diseñé desarrollé implementé entwickelt entworfen implementiert`);

export const EMPLOYER_MARKERS = words("at joined for intern internship company employer bei en chez stagiaire stage praktikum");

/** Role words: a line naming a role and an organisation ("ML Engineer, OpenAI, San Francisco") is a job header. */
export const ROLE_WORDS = words(`
  engineer engineers developer scientist researcher intern manager analyst consultant architect lead director
  founder cofounder contractor fellow resident ingenieur entwickler ingeniero desarrollador`);

export const ELECTRICAL_WORDS = words(`
  power voltage substation substations electrical grid kva mva utility utilities distribution winding windings
  transmission transformer's oil cooled stepdown step
  amp amps tube tubes valve valves preamp preamps mic mics microphone guitar audio console consoles rewound rewind`);

/** Words that make "Transformers" the name of Hugging Face's library, beside it: "la bibliothèque Transformers de Hugging Face". */
export const LIBRARY_WORDS = words("library libraries bibliothèque bibliothèques biblioteca bibliotecas bibliothek hugging face hf");

/** Transformers the films, toys and licensed games. */
export const FICTION_WORDS = words(
  "movie movies film films franchise toy toys cartoon cartoons comic comics autobots decepticons tie licensed game games",
);

/** Neural-network context for short names (CNN, RNN, GAN) that are also a news channel or other initials. */
export const NEURAL_WORDS = words(`
  network networks neural deep learning pytorch tensorflow keras jax trained training train image images vision
  layers layer convolution convolutional gpu gpus lstm lstms architecture architectures segmentation
  generative resnet dropout embeddings attention encoder decoder backbone`);

export const NOT_GEMINI_MODEL = words(`
  exchange crypto bitcoin zodiac trust trading dollar earn horoscope capsule spacecraft nasa cryptocurrency
  sign signs astrology twins zwillinge sternzeichen gémeaux géminis gemelos`);

/**
 * The things people give a model family's name to (a boat, a club, a pet, a restaurant): beside such a noun,
 * "Gemini", "Claude" or "Gemma" is that thing's name, not the model. Never "team" or "project": "the Gemini
 * project" may well be a model's.
 */
export const NAMESAKE_WORDS = words(`
  boat boats yacht yachts sailboat dinghy ship ships vessel fleet regatta rowing club clubs verein ruderverein
  segelverein association asociación choir chorale band horse horses pony dog dogs puppy cat cats kitten pet pets
  restaurant café bistro bakery cocktail bateau bateaux voilier barco barcos velero boot boote pferd hund katze
  perro perra gato gata chien chienne`);

/** What joins a name to the thing it names after it: a copula or a possessive ("Claude is our dog", "Gemini unser Boot"). */
export const NAMESAKE_LINKS = words(
  "is are was were ist sind war est sont était es son era our my their unser unsere mein meine notre mon ma nuestro nuestra mi",
);

/**
 * The other diffusions a "diffusion model" models: of an outbreak over space, of heat, of an innovation through a
 * market (the Bass model), of particles, or a decision's drift (the drift-diffusion model of psychology).
 */
export const OTHER_DIFFUSION_WORDS = words(`
  spatial spatiale espacial räumlich räumliche spatio epidemic epidemics epidemiological outbreak outbreaks brote
  brotes épidémie épidémies epidemia epidemias epidemie epidemien contagion contagio infection infections infección
  infecciones sir seir compartmental compartimentales heat chaleur calor wärme innovation innovations innovación
  innovaciones bass adoption adopción reaction réaction reacción brownian particle particles partículas pollutant
  pollutants contaminantes groundwater aquifer solute drift ddm fick`);

/**
 * The words of another diffusion that no generative-model sentence uses, the only ones that veto beside the phrase:
 * "adoption", "drift" or "spatial" are ordinary in an ML bullet too, and weigh only in the document's reading (the
 * heat equation's words stay: "Wärme" beside a diffusion model is physics).
 */
export const FIELD_DIFFUSION_WORDS = words(`
  epidemic epidemics epidemiological outbreak outbreaks brote brotes épidémie épidémies epidemia epidemias epidemie
  epidemien contagion contagio sir seir compartmental compartimentales bass brownian wärme chaleur calor pollutant pollutants
  contaminantes groundwater aquifer solute ddm fick`);

/** A diffusion model's own vocabulary: the images or audio it generates, the network that denoises. */
export const GENERATIVE_DIFFUSION_WORDS = words(`
  image images imagen imágenes bild bilder audio video text generate generated generating generation génération
  generación generierung denoising latent unet u stable pytorch jax gpu gpus trained training fine tuned lora
  neural network networks generative génératifs generativos generative sampling`);

/** Nouns and verbs of having done something, as a criterion is put: "experience with", "has shipped". */
export const CRITERION_WORDS = words(`
  experience experiences experienced shipped expérience expériences experiencia experiencias erfahrung erfahrungen
  kenntnisse knowledge connaissance connaissances conocimiento conocimientos`);
/**
 * The auxiliary of a perfect put without its subject, as a recruiter's criterion is ("has built …", "hat … betrieben",
 * "ha desplegado …"): a criterion only as the first word inside a quotation, since a quoted sentence with its subject
 * ("she has built …") is someone's testimony.
 */
export const CRITERION_AUXILIARIES = words("has have hat haben ha han");

/**
 * The words that tell one thing from another: "not to be confused with", "nicht zu verwechseln mit", "à ne pas
 * confondre avec". Never the nouns: a confusion matrix is a classifier's.
 */
export const CONFUSION_WORDS = words(`
  confused mistaken verwechseln verwechselt confondre confondu confondue confundir confundirse`);
/** The negation a word of confusion needs to tell things apart: "not to be confused", "nicht zu verwechseln", "ne pas confondre", "no confundir". */
export const CONFUSION_NEGATIONS = words("not nicht ne pas no");

export const RETRIEVAL_WORDS = words(`
  retrieval rag embeddings embedding documents document vector index indexing llm llms search semantic corpus
  knowledge pipeline`);

export const EMBEDDING_STORE_WORDS = words(`
  store stores stored index indexes indexed indexing database databases db similarity nearest neighbor neighbour
  neighbors neighbours pgvector faiss ann hnsw`);

/**
 * "LLM" as the Master of Laws: a link, then a field of law within a few words ("LLM in International Tax Law", "LLM
 * en Droit des affaires", "LLM (European Law)"). Only the words of a law degree's name, never "legal": an LLM for legal
 * review is a model.
 */
export const DEGREE_LINKS = words("in of en de im");
export const LAW_FIELD_WORDS = words("law laws droit derecho recht rechtswissenschaft jurisprudence");

export const PERSON_TITLES = words("mr mrs ms dr prof herr frau sr sra señor señora");

/** After a name and its comma, the determiners of who the person is ("Claude, our newest SDR"). */
export const APPOSITIVE_DETERMINERS = words("our my a an the their his her notre mon ma unser unsere mein meine nuestro nuestra mi");
/** People by what they are to the author: with ROLE_WORDS, the nouns an appositive names a person by. */
export const PERSON_WORDS = words(`
  colleague colleagues teammate coworker mentee mentor hire sdr bdr recruiter rep friend partner cofounder boss
  designer editor teacher nurse student collègue kollege kollegin compañero compañera`);

/** "Gemini is my real first name": a name noun after the match, with a possessive, says it is the author's name. */
export const NAME_NOUNS = words("name prénom nom nombre vorname");
export const POSSESSIVES = words("my mon ma mi mein meine");

export const CLAUDE_WORDS = words("claude anthropic");

/**
 * A count-based language model, the other sense of "language model" (speech decoders, spelling correction): only
 * words of that sense, never generic ones ("counts", "smoothing", "backoff" stand beside neural models and API
 * retries as well).
 */
export const STATISTICAL_LM_WORDS = words(`
  gram grams ngram ngrams bigram bigrams trigram trigrams kenlm srilm arpa kneser katz`);

/** Words that make "prompting" about models rather than people ("prompting customers to renew"). */
export const MODEL_WORDS = words(`
  llm llms model models gpt gpt4 chatgpt claude gemini openai anthropic ai genai generative few shot zero
  completions chatbot langchain dspy rag evals`);

/** Words that join a unit's name to something else rather than name it: "the OpenAI and Teams APIs" names no team. */
export const NOT_UNIT_NAME_WORDS = words(`
  and or und oder y o et ou with for of at in on to from by de del des du von mit con avec para pour für`);
/** Words after "ML" or "machine learning" that name a group of people, not the candidate's skill ("the ML team"). */
export const ORG_UNIT_WORDS = words("team teams org orgs organization organisation group groups department dept division guild chapter");
/** The second half of a firm's name after "&" ("Claude & Partner", "Gemini & Co."): a firm, never the model. */
export const FIRM_PARTNER_WORDS = [
  "partner",
  "partners",
  "co",
  "cie",
  "söhne",
  "sons",
  "associates",
  "associés",
  "asociados",
  "hijos",
  "fils",
];

/** After "RAG", words of a project status report (red/amber/green), not retrieval. */
export const RAG_STATUS_WORDS = words(
  "status statuses rating ratings rated report reports reporting scale scorecard dashboard assessment colour color",
);
export const RAG_STATUS_CONTEXT = words("red amber green traffic light lights");

/** What office work produces: a chat product applied to these is a writing aid, not a model someone built on. */
export const OFFICE_OBJECTS = words(`
  email emails mail letters letter copy copywriting notes meeting meetings minutes drafts draft drafting brainstorm
  brainstorming presentations presentation slides posts newsletter newsletters lesson lessons plans handouts
  summaries summarize summarise summarizing summarising proofreading proofread translations translate agenda
  agendas memos memo correspondence captions blog blogs research ideas outlines cover resumes cvs spreadsheets
  formulas productivity everyday daily personal office workspace
  mails courriels courriers correos borradores briefe anschreiben formulieren formuler reformuler rédiger redactar
  traducir traduire übersetzen
  gmail outlook docs sheets powerpoint résumer resumir zusammenfassen zusammenzufassen réunion réunions reunión
  reuniones besprechung besprechungen protokolle actas`);

/** Words of building on a model: with one of these near it, a chat product was engineered with, not just used. */
export const BUILD_WORDS = words(`
  api apis sdk sdks integrated integrating integration integrations pipeline pipelines backend plugin plugins
  fine tuned tuning finetuned evals evaluation embeddings agent agents agentic langchain llamaindex python
  typescript rag retrieval chatbot chatbots deployed deploying endpoint endpoints function calling prompt prompts
  prompting model models llm llms app apps application applications service microservice production`);

/** Neuroscience: "neural networks" of a brain, not of a model. */
export const NEURO_WORDS = words(`
  brain brains neuron neurons neuronal cortex cortical hippocampus hippocampal synaptic synapses rodent rodents mice
  mouse rats primate primates fmri eeg meg electrophysiology neuroscience neurobiology circuits imaging patients
  clinical cognitive behavioural behavioral photon`);

/**
 * Statistics as a field of its own: a document that speaks it reads "regression models" and "forecasting" as
 * statistics, not machine learning, unless the mention's bullet holds an anchor (sense-rules.ts, COMPETING_SENSES).
 * Only words statisticians write and ML engineers seldom do: not "SAS" (a French company's form), "bootstrap",
 * "hierarchical", "likelihood" or "survival", which every field writes.
 */
export const STATISTICS_WORDS = words(`
  bayesian priors posterior posteriors mcmc gibbs metropolis frequentist anova ancova manova estimator estimators
  shrinkage biostatistics biostatistician biostatistical econometrics econometric stata spss
  asymptotic nonparametric semiparametric heteroscedastic horseshoe splines actuarial
  kaplan meier psychometrics statistique statistiques estadística bayesiano bayésien statistik`);

/** Words of fitting a model to predict, beside a regression: its machine-learning sense ("validated on a hold-out, AUC 0.77"). */
export const PREDICTIVE_WORDS = words(`
  auc roc holdout hold validation validated overfitting classifier classifiers prediction predictions predictive
  predict predicting features training trained accuracy recall xgboost lightgbm caret glmnet sklearn deployed
  deployment lasso elastic ensemble churn scoring`);

/** "vector" in epidemiology, graphics, mathematics and security. */
export const NON_EMBEDDING_VECTOR = words(`
  mosquito mosquitoes borne disease diseases dengue malaria tick ticks surveillance control graphics illustrator
  inkscape svg logo logos icons calculus algebra attack attacks threat threats viral lentiviral plasmid cloning`);

/** "se llama", "me llaman": the Spanish verb "llamar" after its clitic pronoun (scope-rules.ts), not Meta's model. */
export const CLITIC_WORDS = new Set(CLITICS.filter((clitic) => !clitic.endsWith("'")));
/** The clitics that are articles as well: before a capitalised "Llama" they name the model ("la Llama de Meta"). */
export const ARTICLE_CLITICS = new Set(CLITIC_BACK_REFERENCES.filter((clitic) => !clitic.endsWith("'")));

/** A GUID partition table, not a model. */
export const PARTITION_WORDS = words("partition partitions partitioning mbr uefi bios disk disks drive drives gdisk fdisk boot");

/** After an AI term, words that make it a product someone uses ("generative AI tools", "LLM assistants"). */
export const CONSUMER_TOOL_WORDS = words(
  "tool tools assistant assistants apps app chatbots chatbot features subscriptions licences licenses seats",
);

/**
 * Words of generating text with a model: retrieval techniques (re-ranking, hybrid search) are RAG only beside
 * them; in a recommender or a search engine they are classic information retrieval.
 */
export const GENERATION_WORDS = words(`
  llm llms gpt generative genai answer answers answering chatbot assistant
  copilot grounded grounding citations prompt prompts rag langchain llamaindex openai claude gemini mistral llama`);

/** A recommender's or a shop search's words: retrieval techniques among them rank products, not passages for a model. */
export const RECOMMENDER_WORDS = words(`
  recommender recommenders recommendation recommendations feed feeds shop catalog ads ad click clicks ctr xgboost
  lightgbm tower candidate candidates product products ecommerce commerce listing listings playlist`);

/** Building words that office users write too ("I write prompts into ChatGPT"): they do not tell building from use. */
const PROMPTING_WORDS = new Set(["prompt", "prompts", "prompting"]);
export const BUILD_NOT_PROMPTING = new Set([...BUILD_WORDS].filter((word) => !PROMPTING_WORDS.has(word)));

/** A name glued to a domain suffix is an organisation or a site, not the skill: "DeepLearning.AI", "Hugging Face.co". */
export const DOMAIN_SUFFIXES = words("ai io com org net dev co app");
