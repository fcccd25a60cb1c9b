/** A practice topic's written content: project data, rendered by the practice pages. */
export interface PracticeTopic {
  id: string;
  /** What the skill is, in two or three sentences. */
  summary: string;
  /** What interviewers probe when they test it. */
  probes: string[];
  /** Questions to practice answering out loud, five to eight. */
  questions: string[];
  /** How to show the skill on a resume so a reader (and SkillGap) sees it. */
  checklist: string[];
  /** Official documentation of the tools involved. */
  docs: { title: string; url: string }[];
}
