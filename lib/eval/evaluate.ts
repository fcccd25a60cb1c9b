/**
 * Accuracy of the matcher against labelled resumes (docs/labeling.md): per-skill precision and recall, micro-averaged F1,
 * trap false positives and seniority accuracy. Pure: labels and predictions in, figures out.
 */
export interface Trap {
  text: string;
  /** The skills this trap would wrongly produce; "*" stands for any skill the labels do not allow. */
  not: string[];
}

export interface LabelledResume {
  file: string;
  skills: string[];
  optional: string[];
  traps: Trap[];
  seniority?: string;
}

export interface Prediction {
  file: string;
  skills: string[];
  seniority?: string;
}

export interface SkillScore {
  id: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export interface Evaluation {
  resumes: number;
  perSkill: SkillScore[];
  micro: { tp: number; fp: number; fn: number; precision: number; recall: number; f1: number };
  trapFalsePositives: { file: string; trap: string; skill: string }[];
  seniority: { correct: number; total: number; accuracy: number; misses: { file: string; expected: string; got: string }[] };
  errors: { file: string; missing: string[]; extra: string[] }[];
}

/** A ratio where nothing claimed (or nothing expected) counts as perfect, so an empty class does not drag a mean. */
const ratio = (good: number, all: number) => (all === 0 ? 1 : good / all);

export function evaluate(labels: LabelledResume[], predictions: Prediction[]): Evaluation {
  const predicted = new Map(predictions.map((p) => [p.file, p]));
  const scores = new Map<string, { tp: number; fp: number; fn: number }>();
  const score = (id: string) => {
    let s = scores.get(id);
    if (!s) scores.set(id, (s = { tp: 0, fp: 0, fn: 0 }));
    return s;
  };
  const trapFalsePositives: Evaluation["trapFalsePositives"] = [];
  const errors: Evaluation["errors"] = [];
  const seniority = { correct: 0, total: 0, misses: [] as { file: string; expected: string; got: string }[] };

  for (const label of labels) {
    const prediction = predicted.get(label.file);
    const found = new Set(prediction?.skills ?? []);
    const allowed = new Set([...label.skills, ...label.optional]);
    const missing = label.skills.filter((id) => !found.has(id));
    const extra = [...found].filter((id) => !allowed.has(id));
    for (const id of label.skills) score(id)[found.has(id) ? "tp" : "fn"]++;
    for (const id of extra) score(id).fp++;
    if (missing.length > 0 || extra.length > 0) errors.push({ file: label.file, missing, extra });
    for (const trap of label.traps) {
      for (const id of extra) {
        if (trap.not.includes("*") || trap.not.includes(id)) trapFalsePositives.push({ file: label.file, trap: trap.text, skill: id });
      }
    }
    if (label.seniority) {
      seniority.total++;
      const got = prediction?.seniority ?? "none";
      if (got === label.seniority) seniority.correct++;
      else seniority.misses.push({ file: label.file, expected: label.seniority, got });
    }
  }

  const perSkill = [...scores]
    .map(([id, s]) => ({ id, ...s, precision: ratio(s.tp, s.tp + s.fp), recall: ratio(s.tp, s.tp + s.fn) }))
    .sort((a, b) => a.id.localeCompare(b.id));
  const tp = perSkill.reduce((sum, s) => sum + s.tp, 0);
  const fp = perSkill.reduce((sum, s) => sum + s.fp, 0);
  const fn = perSkill.reduce((sum, s) => sum + s.fn, 0);
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  return {
    resumes: labels.length,
    perSkill,
    micro: { tp, fp, fn, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    trapFalsePositives,
    seniority: { ...seniority, accuracy: ratio(seniority.correct, seniority.total) },
    errors,
  };
}

/** Accuracy targets on every part of the corpus, sealed included: tests hold them as floors. */
export const TARGETS = { microF1: 0.97, precision: 0.98, trapFalsePositives: 0, seniority: 0.9 } as const;
export const POSTING_TARGETS = { f1: 0.95, levelAgreement: 0.85, trapFalsePositives: 0 } as const;

export function meetsTargets(evaluation: Evaluation, withSeniority: boolean): boolean {
  return (
    evaluation.micro.f1 >= TARGETS.microF1 &&
    evaluation.micro.precision >= TARGETS.precision &&
    evaluation.trapFalsePositives.length <= TARGETS.trapFalsePositives &&
    (!withSeniority || evaluation.seniority.accuracy >= TARGETS.seniority)
  );
}

export interface LabelledPostingForEval {
  file: string;
  skills: { id: string; level: "required" | "preferred" }[];
  optional: (string | { id: string })[];
  traps: Trap[];
}

export interface PostingPrediction {
  file: string;
  skills: { id: string; level: "required" | "preferred" }[];
}

export interface PostingEvaluation extends Evaluation {
  /** Of the labelled skills found, how many carry the labelled level (required or preferred). */
  levels: { agree: number; total: number; agreement: number; misses: { file: string; id: string; expected: string; got: string }[] };
}

/** Postings are scored as resumes are (skill ids, optional ones either way), plus the agreement of levels. */
export function evaluatePostings(labels: LabelledPostingForEval[], predictions: PostingPrediction[]): PostingEvaluation {
  const asResumes: LabelledResume[] = labels.map((label) => ({
    file: label.file,
    skills: label.skills.map((skill) => skill.id),
    optional: label.optional.map((o) => (typeof o === "string" ? o : o.id)),
    traps: label.traps ?? [],
  }));
  const base = evaluate(
    asResumes,
    predictions.map((p) => ({ file: p.file, skills: p.skills.map((skill) => skill.id) })),
  );
  const predicted = new Map(predictions.map((p) => [p.file, new Map(p.skills.map((skill) => [skill.id, skill.level]))]));
  const levels = { agree: 0, total: 0, misses: [] as PostingEvaluation["levels"]["misses"] };
  for (const label of labels) {
    const found = predicted.get(label.file) ?? new Map();
    for (const skill of label.skills) {
      const got = found.get(skill.id);
      if (!got) continue;
      levels.total++;
      if (got === skill.level) levels.agree++;
      else levels.misses.push({ file: label.file, id: skill.id, expected: skill.level, got });
    }
  }
  return { ...base, levels: { ...levels, agreement: ratio(levels.agree, levels.total) } };
}

export function meetsPostingTargets(evaluation: PostingEvaluation): boolean {
  return (
    evaluation.micro.f1 >= POSTING_TARGETS.f1 &&
    evaluation.levels.agreement >= POSTING_TARGETS.levelAgreement &&
    evaluation.trapFalsePositives.length <= POSTING_TARGETS.trapFalsePositives
  );
}
