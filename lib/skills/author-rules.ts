/**
 * The author stage's rules, as data (see README.md, "Author"). Some professions write the field's vocabulary as the
 * matter of their own work: a recruiter names the skills they hire and screen for, a lawyer the vendors and models a
 * contract covers. In a document whose author is one of them, a mention counts only where the author's own doing
 * stands on it (a first-person verb of building, training, writing code); the rest is what they hire for,
 * negotiate or screen on.
 */

export interface Profession {
  /** Who the author is, read in the headline or the most recent title. */
  title: RegExp;
  /** The vocabulary of that work, read in the whole document: a title alone does not make the profession. */
  work: RegExp;
}

export const PROFESSIONS: Record<string, Profession> = {
  hiring: {
    title:
      /\b(?:recruit(?:er|ing|ment)|talent (?:acquisition|partner|sourcer|lead)|sourcer|headhunter|recruteu(?:r|se)|recrutement|chargée? de recrutement|reclutador(?:a)?|selecci[oó]n de personal|personalberater(?:in)?|recruiter(?:in)?)\b/i,
    work: /\b(?:hir(?:ed|es|ing)|placed|placements?|sourc(?:ing|ed)|screen(?:ing|ed)|candidates?|interview(?:s|ers|ing)?|offers?|recrut(?:é|ement|er)|candidats?|entretiens?|contrat(?:ado|aciones)|candidat[oa]s|entrevistas?|eingestellt|bewerber(?:innen)?)\b/gi,
  },
  legal: {
    title:
      /\b(?:counsel|lawyer|attorney|solicitor|barrister|paralegal|avocate?|abogad[oa]|rechtsanw[aä]lt(?:in)?|jurist(?:in)?|juriste)\b/i,
    work: /\b(?:contracts?|agreements?|negotiat(?:e|ed|ing|ion)|clauses?|litigation|indemnit(?:y|ies)|disclosures?|counsel|contrats?|contratos?|vertr[aä]ge?|klauseln?|advised|conseil)\b/gi,
  },
};

/** Work vocabulary a profession's document holds at least this often, beside its title. */
export const MIN_WORK_WORDS = 3;

/** A title that names a builder ("ML engineer", "Ingenieurin") is no such profession, whatever else it says. */
export const BUILDER_TITLE =
  /\b(?:engineer|developer|programmer|scientist|architect|ing[eé]nieure?|ingeniera?|entwickler(?:in)?|d[eé]veloppeu(?:r|se)|desarrollador(?:a)?|data analyst)\b/i;

/**
 * Verbs of the author's own making: written after "I", "j'ai", "ich", or bare at the start of a bullet or a table
 * cell, as a resume writes its own actions. "Used" is not among them: a tool used for office work is not built.
 */
export const OWN_VERB =
  /(?<!\p{L})(?:built|build|wrote|write|coded|code|trained|train|fine-tuned|implemented|developed|programmed|prototyped|deployed|embedded|indexed|scripted|shipped|integrated|automated|tested|écrit|développé|codé|construit|entraîné|programmé|déployé|intégré|automatisé|gebaut|entwickelt|programmiert|trainiert|geschrieben|implementiert|getestet|aufgebaut)(?!\p{L})/giu;

/** Verb forms that say the first person themselves (Spanish preterite), wherever they stand. */
export const FIRST_PERSON_VERB =
  /(?<!\p{L})(?:constru[ií]|desarroll[eé]|program[eé]|entren[eé]|afin[eé]|escrib[ií]|implement[eé]|despleg[eé]|integr[eé]|automatic[eé]|gener[eé])(?!\p{L})/iu;

/** What stands right before a verb when the author is its subject: "I", "I've", "j'ai", "ich habe", "myself". */
export const FIRST_PERSON_BEFORE =
  /(?:\b(?:i|i've|i'd|myself|j'ai|je|ich|habe)|\bi\s+(?:\w+\s+)?(?:have|had|also|personally|then))\s+(?:\w+\s+)?$/i;

/** In a posting, the hire is the one whose doing counts: "you will build …", "vous développerez". */
export const HIRE_BEFORE = /\b(?:you|you'll|you'd|vous|du|tú)\s+(?:\w+\s+){0,2}$/i;

/** A table cell's or a clause's start inside a bullet: the verb there is the author's, as resumes write. */
export const ITEM_START_BEFORE = /(?:[|;:•·‣→*▪●■]|\s[–—-])\s*$/;

/** The objects of a profession's own work: "built the hiring plan", "wrote the interview scorecards" make nothing. */
export const PROFESSION_OBJECT =
  /^\s+(?:(?:the|a|an|our|their|its|des|les|la|le|une?|die|den|das)\s+)?(?:\w+[\s-]+)?(?:hiring|interview|job|scorecards?|rubrics?|offers?|sourcing|contracts?|agreements?|polic(?:y|ies)|disclosures?|requirements?|fiches? de poste|grilles?)\b/i;
