/**
 * Goals and negations: "currently learning LangChain", "no experience with RAG", "interested in agents".
 * A skill mentioned only this way is an aspiration, never a skill (LABELING.md rule 2).
 */
const CUES = [
  "currently learning",
  "am learning",
  "i'm learning",
  "im learning",
  "now learning",
  "learning about",
  "currently studying",
  "studying up on",
  "want to learn",
  "want to",
  "would like to",
  "hope to",
  "hoping to",
  "plan to",
  "planning to",
  "aim to",
  "eager to learn",
  "eager to",
  "interested in",
  "interest in",
  "curious about",
  "aspiring",
  "aspire to",
  "goal is to",
  "goal:",
  "goals:",
  "next step",
  "no experience",
  "no hands-on",
  "not yet",
  "never used",
  "have not used",
  "haven't used",
  "without experience",
  "looking to learn",
  "keen to learn",
  "exploring how to",
  "familiarizing myself",
  "to be learned",
  "on my list",
  // German and Spanish resumes.
  "lerne gerade",
  "keine erfahrung",
  "möchte lernen",
  "interessiere mich",
  "aprendiendo",
  "sin experiencia",
  "quiero aprender",
  "me interesa",
  "noch keine",
  "keine kenntnisse",
  "me gustaría aprender",
  "todavía no",
  "would love to",
  "looking forward to",
  "self-studying",
  "beginner in",
];

// A cue starts at a word boundary: "aim to" is a goal, "claim to" is not. Every cue starts with an ASCII letter, so
// the plain \b works, and the pattern stays free of Unicode lookbehind (this test runs on every line with a skill).
const CUE_PATTERN = new RegExp(`\\b(?:${CUES.map((cue) => cue.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`, "i");
/** A status right after the mention: "LangChain (learning)", "Vector databases: not yet". */
// One separator between two white-space runs, so the runs never compete for the same spaces (linear time).
const AFTER_PATTERN = /^\s*(?:[:(–-]\s*)?(?:learning|in progress|beginner|planned|basic exposure|soon|not yet|none yet|to learn)\b/i;

/** A negation right before the mention: "rule-based, no ML", "without LangChain", "non-LLM baselines". */
const NEGATED = /(?:^|[^\p{L}])(?:no|not|without|kein|keine|keinen|sin|non-?)\s*$/iu;

const NEGATION_WORD = /\b(?:no|not|without|kein|keine|keinen|sin|non)\b/i;

/** The clause around a position: from the last sentence or list break before it to the next one after it. */
function clauseBefore(line: string, column: number): string {
  const head = line.slice(0, column);
  const breaks = [...head.matchAll(/[.;!?•|·]|\bbut\b|\baber\b|\bpero\b/gi)];
  const last = breaks.at(-1);
  return last ? head.slice(last.index + last[0].length) : head;
}

/** A cheap test per line: only a line with a cue, a negation or a parenthesis can hold an aspiration. */
export function lineMayHoldAspiration(line: string): boolean {
  return line.includes("(") || CUE_PATTERN.test(line) || NEGATION_WORD.test(line);
}

/** Whether the mention at `column..end` of `line` is a goal or a negation rather than a claim. */
export function isAspiration(line: string, column: number, end: number): boolean {
  if (CUE_PATTERN.test(clauseBefore(line, column))) return true;
  if (NEGATED.test(line.slice(Math.max(0, column - 12), column))) return true;
  return AFTER_PATTERN.test(line.slice(end));
}

/** Headings of a part of a resume that lists goals rather than skills ("Interests", "Learning goals"). */
const GOAL_HEADINGS = new Set([
  "goals",
  "goal",
  "learning goals",
  "career goals",
  "interests",
  "technical interests",
  "currently learning",
  "to learn",
  "next steps",
  "aspirations",
  "ziele",
  "interessen",
  "objetivos",
  "intereses",
]);

const GOAL_WORD = /goal|interest|learn|next step|aspiration|ziele|interessen|objetivos|intereses/i;

/**
 * Which lines stand under a goals heading, up to the next heading: every skill named there is an aspiration.
 * `isHeading` says whether a line opens any other section. Null when the text has no goals heading.
 */
export function goalLines(lines: string[], isHeading: (line: string) => boolean): boolean[] | null {
  // Every goals heading holds a goal word: one cheap test per short line finds the few lines worth a closer look,
  // and most resumes have none at all.
  const mayBeGoal = lines.map((line) => line.length <= 40 && GOAL_WORD.test(line));
  if (!mayBeGoal.includes(true)) return null;
  let inGoals = false;
  return lines.map((line, index) => {
    // Only short lines with a goal word and without digits or commas can be a goals heading.
    const key =
      mayBeGoal[index] && !/[\d,.(]/.test(line)
        ? line
            .trim()
            .toLowerCase()
            .replace(/[:：]\s*$/, "")
        : "";
    if (key && GOAL_HEADINGS.has(key)) return (inGoals = true);
    if (inGoals && isHeading(line)) inGoals = false;
    return inGoals;
  });
}
