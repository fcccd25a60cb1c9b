/**
 * npm run eval — the matcher's accuracy on the repo's labelled corpus (lib/eval/corpus) and on the shared resume
 * fixtures (SHARED_RESUME_FIXTURES in lib/paths.ts, when present). The development part prints per skill and per
 * file; the sealed part prints aggregate figures only, so nobody learns from it which phrase to fix. Exit status 1
 * when a part misses a target.
 */
import {
  evaluatePostingCorpus,
  evaluateResumes,
  evaluateSharedFixtures,
  sharedFixturesPresent,
  SHARED_FIXTURES,
} from "../lib/eval/corpora";
import { partPresent, readPostingLabels, readResumeLabels } from "../lib/eval/corpus-files";
import { meetsPostingTargets, meetsTargets, POSTING_TARGETS, TARGETS, type Evaluation, type PostingEvaluation } from "../lib/eval/evaluate";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function summary(evaluation: Evaluation, withSeniority: boolean) {
  const { micro } = evaluation;
  console.log(
    `micro: precision ${pct(micro.precision)} (target ≥ ${pct(TARGETS.precision)}), recall ${pct(micro.recall)}, F1 ${micro.f1.toFixed(3)} (target ≥ ${TARGETS.microF1}); tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn}`,
  );
  console.log(`trap false positives: ${evaluation.trapFalsePositives.length} (target ${TARGETS.trapFalsePositives})`);
  if (withSeniority) {
    const s = evaluation.seniority;
    console.log(`seniority: ${s.correct}/${s.total} exact = ${pct(s.accuracy)} (target ≥ ${pct(TARGETS.seniority)})`);
  }
}

function details(evaluation: Evaluation, withSeniority: boolean) {
  console.log(
    `${"skill".padEnd(24)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)} ${"precision".padStart(10)} ${"recall".padStart(8)}`,
  );
  for (const s of evaluation.perSkill) {
    console.log(
      `${s.id.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision).padStart(10)} ${pct(s.recall).padStart(8)}`,
    );
  }
  for (const t of evaluation.trapFalsePositives) console.log(`  trap ${t.file}: ${t.skill} (${t.trap})`);
  if (withSeniority)
    for (const miss of evaluation.seniority.misses) console.log(`  seniority ${miss.file}: expected ${miss.expected}, got ${miss.got}`);
  for (const e of evaluation.errors) {
    console.log(
      `  ${e.file}: ${e.missing.length ? `missed ${e.missing.join(", ")}` : ""}${e.missing.length && e.extra.length ? "; " : ""}${e.extra.length ? `extra ${e.extra.join(", ")}` : ""}`,
    );
  }
}

function postingSummary(evaluation: PostingEvaluation) {
  const { micro, levels } = evaluation;
  console.log(
    `micro: precision ${pct(micro.precision)}, recall ${pct(micro.recall)}, F1 ${micro.f1.toFixed(3)} (target ≥ ${POSTING_TARGETS.f1}); tp ${micro.tp}, fp ${micro.fp}, fn ${micro.fn}`,
  );
  console.log(
    `required/preferred agreement: ${levels.agree}/${levels.total} = ${pct(levels.agreement)} (target ≥ ${pct(POSTING_TARGETS.levelAgreement)})`,
  );
  console.log(`trap false positives: ${evaluation.trapFalsePositives.length} (target ${POSTING_TARGETS.trapFalsePositives})`);
}

let ok = true;
const verdict = (met: boolean) => {
  console.log(`targets ${met ? "met" : "NOT met"}`);
  ok &&= met;
};

for (const part of ["dev", "sealed"] as const) {
  const sealed = part === "sealed";
  if (partPresent("resumes", part)) {
    const evaluation = await evaluateResumes(part);
    console.log(
      `\n== resumes, ${part} part (lib/eval/corpus/resumes/${part}): ${evaluation.resumes} resumes${sealed ? ", aggregate figures only" : ""}`,
    );
    if (sealed) console.log(`note: ${readResumeLabels(part).note ?? "sealed"}`);
    else details(evaluation, true);
    summary(evaluation, true);
    verdict(meetsTargets(evaluation, true));
  } else console.log(`\n== resumes, ${part} part: absent`);
  if (partPresent("postings", part)) {
    const evaluation = await evaluatePostingCorpus(part);
    console.log(
      `\n== postings, ${part} part (lib/eval/corpus/postings/${part}): ${evaluation.resumes} postings${sealed ? ", aggregate figures only" : ""}`,
    );
    if (sealed) console.log(`note: ${readPostingLabels(part).note ?? "sealed"}`);
    else {
      details(evaluation, false);
      for (const miss of evaluation.levels.misses)
        console.log(`  level ${miss.file}: ${miss.id} expected ${miss.expected}, got ${miss.got}`);
    }
    postingSummary(evaluation);
    verdict(meetsPostingTargets(evaluation));
  } else console.log(`\n== postings, ${part} part: absent`);
}
console.log(
  "\nThe sealed parts were written by separate writers who never read the matcher; no one tuning it opens them, and this script prints only their aggregates.",
);

if (sharedFixturesPresent()) {
  const evaluation = await evaluateSharedFixtures();
  console.log(`\n== shared fixtures (${SHARED_FIXTURES}): ${evaluation.resumes} resumes`);
  details(evaluation, false);
  summary(evaluation, false);
  verdict(meetsTargets(evaluation, false));
} else console.log(`\nshared fixtures absent (${SHARED_FIXTURES}): skipped`);
process.exit(ok ? 0 : 1);
