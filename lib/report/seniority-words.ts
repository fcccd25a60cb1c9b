/**
 * The words seniority reads, as data: how English, French, Spanish and German resumes write the months, the open end
 * of a range, the word between its dates, the preposition that opens a range, a level in a title, a degree, an
 * employer's legal form, and the nouns that name a role.
 * lib/report/seniority.ts builds its patterns from these lists; a new wording is a new entry here, not a new rule.
 */

/** Month names by month (0 = January). Any prefix of three letters or more names its month when it names one only. */
export const MONTH_NAMES: string[][] = [
  ["january", "janvier", "enero", "januar", "jänner"],
  ["february", "février", "fevrier", "febrero", "februar"],
  ["march", "mars", "marzo", "märz", "maerz", "mrz"],
  ["april", "avril", "abril"],
  ["may", "mai", "mayo"],
  ["june", "juin", "junio", "juni"],
  ["july", "juillet", "julio", "juli"],
  ["august", "août", "aout", "agosto"],
  ["september", "septembre", "septiembre", "setiembre"],
  ["october", "octobre", "octubre", "oktober"],
  ["november", "novembre", "noviembre"],
  ["december", "décembre", "decembre", "diciembre", "dezember"],
];

/** What stands for the end of a range still running: "2021 – present", "sept. 2015 → auj.", "2022–hoy". */
export const OPEN_ENDS = [
  "present",
  "current",
  "currently",
  "now",
  "today",
  "date",
  "ongoing",
  "heute",
  "jetzt",
  "aktuell",
  "dato",
  "laufend",
  "actualidad",
  "actualmente",
  "presente",
  "hoy",
  "la fecha",
  "la actualidad",
  "en curso",
  "aujourd'hui",
  "auj",
  "ce jour",
  "présent",
  "actuel",
  "actuellement",
  "en cours",
  "maintenant",
];

/** Marks between the two dates of a range: written without spaces around them too ("2019–22", "2011/2015"). */
export const RANGE_MARKS = ["→", "->", "-", "–", "—", "/"];

/** Words between the two dates of a range: always with spaces around them ("2017 à 2026", "2019 bis heute"). */
export const RANGE_WORDS = ["to", "until", "till", "bis", "a", "al", "au", "à", "hasta", "jusqu'à", "jusqu'en"];

/** Prepositions that open a range running to the present: "since Jan 2024", "depuis 09/2022", "seit 2021". */
export const SINCE_WORDS = ["since", "depuis", "dès", "desde", "seit"];

/**
 * Level words in a title. A junior modifier heads the title it names ("Junior Art Director" is a junior, not a
 * director); staff words name a rank; senior words name a senior level; entry words name a trainee or a student.
 * The most recent title's level decides (see estimateSeniority).
 */
export const LEVEL_WORDS = {
  juniorModifier: ["junior", "jr"],
  staff: [
    "staff",
    "principal",
    "distinguished",
    "head of",
    "director",
    "directora",
    "directeur",
    "directrice",
    "vp",
    "vice president",
    "chief",
    "cto",
  ],
  /**
   * Staff words that may also end a word: German writes a director's title alone ("Direktorin") or as one compound
   * ("Hoteldirektorin", "Vertriebsdirektor").
   */
  staffEndings: ["direktor", "direktorin", "abteilungsleiter", "abteilungsleiterin", "bereichsleiter", "bereichsleiterin"],
  senior: ["senior", "sr", "lead", "leitend", "leitende", "leitender", "líder", "lider"],
  entry: [
    "intern",
    "internship",
    "trainee",
    "praktikant",
    "praktikantin",
    "becario",
    "becaria",
    "graduate",
    "entry-level",
    "entry level",
    "apprentice",
    "student",
    "werkstudent",
    "werkstudentin",
    "research assistant",
    "teaching assistant",
    "aspiring",
    "stagiaire",
    "alternant",
    "alternante",
    "en prácticas",
    "auszubildender",
    "auszubildende",
  ],
};

/**
 * "Head of" a unit as Spanish, French and German write it, a head noun then the unit it heads: "Jefa del Departamento
 * de Informática", "Jefe de Servicio", "Cheffe de service", "Leiterin der Abteilung".
 * A staff title (docs/labeling.md rule 7), as "Head of" is; a head of a project or a team is not ("Jefe de proyecto",
 * "Chef de projet" manage one piece of work), so only the nouns of an organisation's standing units count.
 */
export const HEAD_OF_UNIT = {
  // Not "responsable": "Responsable du service client" is a manager's title, not a head of the organisation's unit.
  heads: ["jefe", "jefa", "chef", "cheffe", "leiter", "leiterin"],
  links: ["de", "del", "de la", "du", "des", "der"],
  units: [
    "departamento",
    "servicio",
    "área",
    "sección",
    "unidad",
    "división",
    "département",
    "service",
    "division",
    "pôle",
    "unité",
    "abteilung",
    "bereich",
    "bereichs",
    "referat",
    "referats",
  ],
  /**
   * A shop's own words on the title's line: the head of a shop's counter ("Jefa de sección (frutería)", "Chef de
   * rayon") leads a handful of colleagues on its floor beside their own shifts, not a unit of the organisation as
   * rule 7's "head of" does. A school's subject department stays a unit (the corpus labels its head staff).
   */
  shop: [
    "frutería",
    "carnicería",
    "pescadería",
    "charcutería",
    "panadería",
    "perfumería",
    "droguería",
    "tienda",
    "supermercado",
    "hipermercado",
    "rayon",
    "magasin",
    "supermarché",
    "hypermarché",
    "filiale",
    "supermarkt",
    "markt",
  ],
};

/**
 * Words that name a course of study on the line of a range: study is not paid work, wherever the resume puts it
 * ("PhD, Parasitology, 2021–2025" above any Education heading). The short forms are matched in their own case.
 */
export const DEGREE_WORDS = [
  "bachelor",
  "bachelor's",
  "master's",
  "master of",
  "masters in",
  "máster",
  "mastère",
  "doctorate",
  "doctorat",
  "doctorado",
  "licence",
  "licenciatura",
  "grado en",
  "diplom",
  "degree",
  "bootcamp",
  "studium",
  "ausbildung",
  // A doctoral candidate's years are study, as the PhD's are, whatever the entry is titled.
  "doctorant",
  "doctorante",
  "doktorand",
  "doktorandin",
  "doctorando",
  "doctoranda",
  "phd candidate",
  "phd student",
  "doctoral candidate",
];
// German doctorates name their faculty after "Dr.": "Dr. phil.", "Dr. rer. nat.", "Dr.-Ing." are years of study, as a PhD's are.
export const DEGREE_ABBREVIATIONS = [
  "PhD",
  "Ph.D.",
  "DPhil",
  "MSc",
  "M.Sc.",
  "MBA",
  "MEng",
  "BSc",
  "B.Sc.",
  "BEng",
  "BTS",
  "DUT",
  "HND",
  "Dr. phil.",
  "Dr. rer. nat.",
  "Dr. rer. pol.",
  "Dr.-Ing.",
  "Dr. med.",
  "Dr. iur.",
  "Dr. jur.",
];

/** Words that name work done unpaid: only paid work counts toward the years. */
export const UNPAID_WORDS = [
  "volunteer",
  "volunteering",
  "voluntary",
  "unpaid",
  "pro bono",
  "bénévole",
  "bénévolat",
  "voluntario",
  "voluntaria",
  "voluntariado",
  "ehrenamt",
  "ehrenamtlich",
  "ehrenamtliche",
  "ehrenamtlicher",
];

/**
 * Legal forms that mark a part of a heading as the employer's name, so that its words name no level: "Principal
 * Financial Group", "Senior Living GmbH". The part after " at " or "@" is the employer too.
 */
export const COMPANY_FORMS = [
  "inc",
  "ltd",
  "llc",
  "llp",
  "plc",
  "corp",
  "corporation",
  "company",
  "group",
  "gmbh",
  "ag",
  "kg",
  "se",
  "sa",
  "s.a",
  "sl",
  "s.l",
  "sas",
  "sarl",
  "srl",
  "bv",
  "nv",
];

/**
 * Nouns that name a role in a title, "Data Scientist", "Ingeniera de IA", "Entwickler": when any dated entry's title
 * names one, only those entries count toward the years, so that a reporter's or a café job before an engineering job
 * drops out while a data scientist's years count for a machine-learning engineer. Whole words; ROLE_STEMS also match
 * any ending ("ingénieure", "Entwicklerin", "Leiterin").
 */
export const ROLE_WORDS = [
  "engineer",
  "developer",
  "scientist",
  "analyst",
  "researcher",
  "architect",
  "manager",
  "consultant",
  "programmer",
  "intern",
  "trainee",
  "assistant",
  "coordinator",
  "administrator",
  "executive",
  "representative",
  "specialist",
  "officer",
  "designer",
  "artist",
  "pharmacist",
  "nurse",
  "statistician",
  "biostatistician",
  "technician",
  "accountant",
  "associate",
  "adviser",
  "advisor",
  "lawyer",
  "attorney",
  "counsel",
  "editor",
  "writer",
  "producer",
  "planner",
  "strategist",
  "teacher",
  "lecturer",
  "professor",
  "physician",
  "agent",
  "broker",
  "recruiter",
  "auditor",
  "controller",
  "director",
  "lead",
  "head",
  "founder",
  "owner",
  "buyer",
  "clerk",
  "chemist",
  "colourist",
  "colorist",
  "juriste",
  "responsable",
  "stagiaire",
  "chef",
  "chargé",
  "chargée",
  "consultante",
  "programmeur",
  "abogado",
  "abogada",
  "jurista",
  "enfermero",
  "enfermera",
  "gerente",
  "jefe",
  "jefa",
  "ingeniero",
  "ingeniera",
  "científico",
  "científica",
  "cientifico",
  "cientifica",
  "becario",
  "becaria",
  "analista",
  "consultor",
  "consultora",
  "agente",
  "programador",
  "programadora",
  "investigador",
  "investigadora",
  "chercheur",
  "chercheuse",
  // Both genders of the Spanish, French and German nouns a role is named by: "Ejecutiva de cuentas", "Adjointe à
  // l'agent comptable", "Kauffrau im Einzelhandel".
  "ejecutivo",
  "ejecutiva",
  "vendedor",
  "vendedora",
  "comercial",
  "técnico",
  "técnica",
  "asesor",
  "asesora",
  "coordinador",
  "coordinadora",
  "administrativo",
  "administrativa",
  "contable",
  "auxiliar",
  "comptable",
  "adjoint",
  "adjointe",
  "commerciale",
  "assistante",
  "conseiller",
  "conseillère",
  "technicien",
  "technicienne",
  "gestionnaire",
  "kaufmann",
  "kauffrau",
];
export const ROLE_STEMS = [
  "avocat",
  "négociat",
  "vendeu",
  "collaborat",
  "associé",
  "contrôleu",
  "controleu",
  "infirmi",
  "ingénieur",
  "développeu",
  "desarrollador",
  "anwalt",
  "anwält",
  "jurist",
  "referent",
  "leiter",
  "sachbearbeit",
  "werkstudent",
  "praktikant",
  "ingenieur",
  "entwickler",
  "berater",
  "forscher",
];

/**
 * What a move up the same ladder leads into ("moved into engineering management", "pivoted to leading the platform
 * team"): a promotion, not a new field, beside the level words of LEVEL_WORDS.
 */
export const PROMOTION_TARGETS = [
  "management",
  "manager",
  "leadership",
  "leading",
  "führung",
  "führungsrolle",
  "leitung",
  "teamleitung",
  "gestion",
  "encadrement",
  "management d'équipe",
  "dirección",
  "gerencia",
  "liderazgo",
];

/**
 * Words of a headline that moves to a new field, "Machine learning engineer (career change from teaching)": a
 * recruiter reads the candidate as new to it, whatever the years before.
 */
export const CAREER_CHANGE_WORDS = [
  "career change",
  "career changer",
  "career changing",
  "transitioning",
  "reconversion",
  "quereinstieg",
  "quereinsteiger",
  "quereinsteigerin",
  "en transición",
  "cambio de carrera",
  "changement de carrière",
  "career switch",
  // Said in a sentence of the summary: "nine years as a ward nurse before moving into analytics".
  "moving into",
  "moved into",
  "switched into",
  "switched careers",
  "pivoted into",
  "pivoted to",
  "transitioned into",
  "retrained as",
  "umgeschult",
  "reconvertie",
  "reconverti",
  "→",
  "->",
];
