/**
 * npm run eval — the matcher's accuracy on the repo's labelled corpus and on ../shared/fixtures/resumes (when
 * present): per-skill precision and recall, micro-F1, trap false positives and seniority accuracy.
 * Exit status 1 when a corpus misses a target of issue 3.
 */
import { evaluateRepoCorpus, evaluateSharedFixtures, sharedFixturesPresent, SHARED_FIXTURES } from "../lib/skills/corpora";
import { meetsTargets, TARGETS, type Evaluation } from "../lib/skills/evaluate";

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

function print(title: string, evaluation: Evaluation, withSeniority: boolean): boolean {
  console.log(`\n== ${title}: ${evaluation.resumes} resumes`);
  console.log(
    `${"skill".padEnd(24)} ${"tp".padStart(4)} ${"fp".padStart(4)} ${"fn".padStart(4)} ${"precision".padStart(10)} ${"recall".padStart(8)}`,
  );
  for (const s of evaluation.perSkill) {
    console.log(
      `${s.id.padEnd(24)} ${String(s.tp).padStart(4)} ${String(s.fp).padStart(4)} ${String(s.fn).padStart(4)} ${pct(s.precision).padStart(10)} ${pct(s.recall).padStart(8)}`,
    );
  }
  const { micro } = evaluation;
  console.log(
    `micro: precision ${pct(micro.precision)} (target ≥ ${pct(TARGETS.precision)}), recall ${pct(micro.recall)}, F1 ${micro.f1.toFixed(3)} (target ≥ ${TARGETS.microF1})`,
  );
  console.log(`trap false positives: ${evaluation.trapFalsePositives.length} (target ${TARGETS.trapFalsePositives})`);
  for (const t of evaluation.trapFalsePositives) console.log(`  ${t.file}: ${t.skill} (${t.trap})`);
  if (withSeniority) {
    const s = evaluation.seniority;
    console.log(`seniority: ${s.correct}/${s.total} exact = ${pct(s.accuracy)} (target ≥ ${pct(TARGETS.seniority)})`);
    for (const miss of s.misses) console.log(`  ${miss.file}: expected ${miss.expected}, got ${miss.got}`);
  }
  for (const e of evaluation.errors) {
    console.log(
      `  ${e.file}: ${e.missing.length ? `missed ${e.missing.join(", ")}` : ""}${e.missing.length && e.extra.length ? "; " : ""}${e.extra.length ? `extra ${e.extra.join(", ")}` : ""}`,
    );
  }
  const ok = meetsTargets(evaluation, withSeniority);
  console.log(`targets ${ok ? "met" : "NOT met"}`);
  return ok;
}

let ok = print("repo corpus (lib/skills/corpus)", evaluateRepoCorpus(), true);
if (sharedFixturesPresent()) ok = print(`shared fixtures (${SHARED_FIXTURES})`, await evaluateSharedFixtures(), false) && ok;
else console.log(`\nshared fixtures absent (${SHARED_FIXTURES}): skipped`);
process.exit(ok ? 0 : 1);
