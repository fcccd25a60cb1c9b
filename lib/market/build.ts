import { DuplicateFilter, type DuplicateFilterOptions } from "./dedupe";
import { countryOf, levelOf, type PostingLevelId } from "./place";
import { findSalaryInText, parseSalary } from "./salary";
import { parseMarketSnapshot, type MarketSnapshot, type SalaryTier, type SnapshotSkill } from "./snapshot";

/**
 * Builds a market snapshot from postings one at a time: memory holds counters, the duplicate filter's fingerprints
 * and one number per stated salary, never the postings. The figures mean what the published snapshot's mean:
 * - a skill's `share` is the share of postings that ask for it, required or preferred (`required`/`preferred` apart);
 * - "generative AI required" is a posting that requires at least one generative-wave skill; "any AI required", at
 *   least one skill of either wave; "traditional ML only", the second without the first;
 * - salary tiers are medians of the salaries postings state: postings that require generative AI, and the rest.
 */

/** One posting as an export gives it. Every field but `text` is optional. */
export interface PostingRecord {
  text: string;
  title?: string;
  location?: string;
  country?: string;
  seniority?: string;
  salary?: string;
  date?: string;
  industry?: string;
}

/** The skills the snapshot reports on, with the wave each belongs to (the published snapshot's, by default). */
export type CatalogSkill = Pick<SnapshotSkill, "id" | "name" | "wave" | "kind">;

/** What the posting extractor gives for one posting: each skill it asks for, required or preferred. */
export type PostingExtractor = (text: string) => readonly { id: string; level: "required" | "preferred" }[];

export interface BuildOptions {
  id: string;
  title: string;
  source: string;
  catalog: readonly CatalogSkill[];
  extract: PostingExtractor;
  practiceAreas: MarketSnapshot["practiceAreas"];
  /** Salary figures to carry (with a basis saying so) when none of the postings states a salary. */
  fallbackSalary?: MarketSnapshot["salary"];
  /** The currency of salary fields that name none. */
  defaultCurrency?: string;
  dedupe?: DuplicateFilterOptions;
  now?: () => Date;
}

/** How many postings SnapshotBuilder holds before it counts them (see `flush` why in batches). */
const POSTINGS_PER_BATCH = 64;

/** Below this many salaries a median carries the small-sample caveat, as the published snapshot's does. */
export const SMALL_SAMPLE = 30;
const TOP_PLACES = 20;

interface Cohort {
  postings: number;
  generative: number;
  anyAi: number;
}

interface SkillTally {
  generative: boolean;
  required: number;
  preferred: number;
  lastPosting: number;
}

/** What AI a posting requires: a generative-AI skill, only other AI skills, or none. */
type Adoption = "generative" | "ai" | "none";

const newCohort = (): Cohort => ({ postings: 0, generative: 0, anyAi: 0 });

/** Salaries of one currency, split by tier, kept as compact numbers so a million postings stay a few megabytes. */
class Values {
  private data = new Float64Array(256);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = value;
  }
  median(): number {
    const sorted = this.data.slice(0, this.length).sort();
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  }
}

const TIERS = [
  { id: "generative", label: "Generative-AI skills required" },
  { id: "other", label: "No generative-AI skills required" },
] as const;
type TierId = (typeof TIERS)[number]["id"];

export class SnapshotBuilder {
  private readonly duplicates: DuplicateFilter;
  /** Each catalog skill's counts, kept on its own entry: one lookup per skill a posting asks for. */
  private readonly catalog: Map<string, SkillTally>;
  private readonly all = newCohort();
  private readonly levels = new Map<PostingLevelId, Cohort>();
  private readonly industries = new Map<string, Cohort>();
  private readonly countries = new Map<string, Cohort>();
  private readonly salaries = new Map<string, Record<TierId, Values>>();
  /** Exports repeat the same few hundred titles, locations and industries: each is read once. */
  private readonly levelMemo = new Memo((seniority, title) => levelOf(seniority || undefined, title || undefined));
  private readonly industryMemo = new Memo((industry) => slug(industry));
  private readonly countryMemo = new Memo((country, location) => countryOf(country || undefined) ?? countryOf(location || undefined));
  private readonly dayMemo = new Memo((date) => dayOf(date));
  private stamp = 0;
  /** Postings handed over and not counted yet: at most one batch. */
  private readonly pending: PostingRecord[] = [];
  private from: string | null = null;
  private to: string | null = null;
  private read = 0;
  unreadable = 0;

  constructor(private readonly options: BuildOptions) {
    this.duplicates = new DuplicateFilter(options.dedupe);
    this.catalog = new Map(
      options.catalog.map((skill) => [skill.id, { generative: skill.wave === "generative", required: 0, preferred: 0, lastPosting: -1 }]),
    );
  }

  // Each count first counts what the builder holds, so a progress report adds up to the postings handed over.
  get counted(): number {
    this.flush();
    return this.all.postings;
  }
  get exactDuplicates(): number {
    this.flush();
    return this.duplicates.exactDropped;
  }
  get nearDuplicates(): number {
    this.flush();
    return this.duplicates.nearDropped;
  }

  /** Takes one posting; it is counted (unless it repeats one already counted) with the batch it joins. */
  add(posting: PostingRecord): void {
    if (this.pending.push(posting) === POSTINGS_PER_BATCH) this.flush();
  }

  /**
   * Counts the postings held, each unless it repeats one already counted. The batch runs phase by phase (every
   * duplicate check, then every extraction and its skills' counts, then the rest), not posting by posting: each
   * phase's code and data stay in the caches across the batch instead of being evicted by the other phases' at every
   * posting (called between extractions, the salary finder ran half again as long as in a loop of its own). No count
   * depends on the order in which the postings are counted.
   */
  private flush(): void {
    if (this.pending.length === 0) return;
    const fresh: PostingRecord[] = [];
    for (const posting of this.pending) {
      this.read++;
      if (this.duplicates.check(posting.text) === "new") fresh.push(posting);
    }
    // Each posting's skills are counted as the extractor hands them over: a batch's worth of its results is never kept.
    const adoptions = fresh.map((posting) => this.countSkills(this.options.extract(posting.text)));
    for (let i = 0; i < fresh.length; i++) this.count(fresh[i]!, adoptions[i]!);
    this.pending.length = 0;
  }

  /** Counts the skills one posting asks for, and says what AI it requires. */
  private countSkills(skills: ReturnType<PostingExtractor>): Adoption {
    let generative = false;
    let anyAi = false;
    // Numbers this posting: a skill's entry stamped with it has been counted for it already.
    const stamp = ++this.stamp;
    for (const skill of skills) {
      const known = this.catalog.get(skill.id);
      if (!known || known.lastPosting === stamp) continue;
      known.lastPosting = stamp;
      if (skill.level === "required") {
        known.required++;
        anyAi = true;
        if (known.generative) generative = true;
      } else known.preferred++;
    }
    return generative ? "generative" : anyAi ? "ai" : "none";
  }

  private count(posting: PostingRecord, adoption: Adoption): void {
    const generative = adoption === "generative";
    const anyAi = adoption !== "none";
    tally(this.all, generative, anyAi);
    const level = this.levelMemo.get(posting.seniority ?? "", posting.title ?? "");
    if (level) tally(cohortOf(this.levels, level), generative, anyAi);
    const industry = posting.industry ? this.industryMemo.get(posting.industry) : null;
    if (industry) tally(cohortOf(this.industries, industry), generative, anyAi);
    const country = this.countryMemo.get(posting.country ?? "", posting.location ?? "");
    if (country) tally(cohortOf(this.countries, country), generative, anyAi);

    const salary =
      (posting.salary ? parseSalary(posting.salary, { defaultCurrency: this.options.defaultCurrency }) : null) ??
      findSalaryInText(posting.text);
    if (salary) {
      let tiers = this.salaries.get(salary.currency);
      if (!tiers) this.salaries.set(salary.currency, (tiers = { generative: new Values(), other: new Values() }));
      tiers[generative ? "generative" : "other"].push(salary.annual);
    }
    const date = posting.date ? this.dayMemo.get(posting.date) : null;
    if (date) {
      if (this.from === null || date < this.from) this.from = date;
      if (this.to === null || date > this.to) this.to = date;
    }
  }

  /** The snapshot, validated against lib/market/snapshot.ts. Throws when no posting was counted. */
  finish(): MarketSnapshot {
    this.flush();
    const total = this.all.postings;
    const share = (count: number, of = total) => (of === 0 ? 0 : round(count / of));
    const skills = this.options.catalog
      .map((skill) => {
        const { required, preferred } = this.catalog.get(skill.id)!;
        return {
          ...skill,
          share: share(required + preferred),
          count: required + preferred,
          required: { share: share(required), count: required },
          preferred: { share: share(preferred), count: preferred },
        };
      })
      .sort((a, b) => b.count - a.count);
    const places = (cohorts: Map<string, Cohort>) =>
      [...cohorts].sort((a, b) => b[1].postings - a[1].postings || a[0].localeCompare(b[0])).slice(0, TOP_PLACES);

    const snapshot = {
      id: this.options.id,
      title: this.options.title,
      source: this.options.source,
      postings: total,
      note: `Counted by SkillGap's posting reader from ${count(total)} postings; ${count(this.duplicates.exactDropped)} exact and ${count(this.duplicates.nearDropped)} near duplicates dropped.`,
      method: METHOD,
      ...(this.from && this.to ? { dateRange: { from: this.from, to: this.to } } : {}),
      build: {
        builtAt: (this.options.now?.() ?? new Date()).toISOString(),
        postingsRead: this.read,
        exactDuplicates: this.duplicates.exactDropped,
        nearDuplicates: this.duplicates.nearDropped,
        unreadable: this.unreadable,
      },
      adoption: {
        generativeAiRequired: { share: share(this.all.generative), count: this.all.generative },
        anyAiRequired: { share: share(this.all.anyAi), count: this.all.anyAi },
        traditionalMlOnly: { share: share(this.all.anyAi - this.all.generative), count: this.all.anyAi - this.all.generative },
      },
      skills,
      salary: this.salary(total),
      seniority: (["entry", "mid", "senior", "staff"] as const).flatMap((id) => {
        const cohort = this.levels.get(id);
        if (!cohort) return [];
        return [
          {
            id,
            shareOfPostings: share(cohort.postings),
            count: cohort.postings,
            generativeAiShare: share(cohort.generative, cohort.postings),
            aiAdoptionShare: share(cohort.anyAi, cohort.postings),
          },
        ];
      }),
      industries: places(this.industries).map(([id, cohort]) => ({
        id,
        postings: cohort.postings,
        aiPostings: cohort.anyAi,
        aiAdoptionShare: share(cohort.anyAi, cohort.postings),
      })),
      countries: places(this.countries).map(([id, cohort]) => ({
        id,
        shareOfPostings: share(cohort.postings),
        postings: cohort.postings,
        aiAdoptionShare: share(cohort.anyAi, cohort.postings),
      })),
      context: [],
      practiceAreas: this.options.practiceAreas,
    };
    if (total === 0) throw new Error("No postings were counted: every input was unreadable or a duplicate.");
    return parseMarketSnapshot(snapshot);
  }

  private salary(total: number): MarketSnapshot["salary"] {
    const currencies = [...this.salaries].sort((a, b) => sizeOf(b[1]) - sizeOf(a[1]) || a[0].localeCompare(b[0]));
    const tiersOf = (currency: string, values: Record<TierId, Values>): SalaryTier[] =>
      TIERS.flatMap(({ id, label }) => {
        const n = values[id].length;
        if (n === 0) return [];
        const caveat =
          n < SMALL_SAMPLE
            ? `small sample (n=${n}, about ${percent(n / total)} of postings): directionally informative, not a stable benchmark`
            : undefined;
        return [{ id, label, medianUsd: Math.round(values[id].median()), n, currency, ...(caveat ? { caveat } : {}) }];
      });
    const main = currencies[0];
    if (!main) {
      if (this.options.fallbackSalary) {
        return {
          ...this.options.fallbackSalary,
          basis: `None of these postings states a salary; the salary figures are the bundled snapshot's. ${this.options.fallbackSalary.basis}`,
        };
      }
      throw new Error("None of these postings states a salary, and no salary figures were given to fall back on.");
    }
    const tiers = tiersOf(main[0], main[1]);
    const [top, bottom] = tiers;
    const stated = currencies.reduce((sum, [, values]) => sum + sizeOf(values), 0);
    return {
      basis: `Postings stating a salary in ${main[0]} (${count(sizeOf(main[1]))} of ${count(total)}; ${count(stated)} state one in any currency). Median of each posting's yearly figure: a range counts at its midpoint, hourly pay × 2,080 hours, monthly × 12; base pay as stated, never converted between currencies.`,
      tiers,
      ...(top && bottom && top.medianUsd > bottom.medianUsd ? { gapUsd: top.medianUsd - bottom.medianUsd } : {}),
      otherCurrencies: currencies
        .slice(1)
        .flatMap(([currency, values]) => tiersOf(currency, values).map((tier) => ({ ...tier, currency }))),
    };
  }
}

const METHOD = [
  "Each posting is counted once: exact duplicates (the same words) and near duplicates (80% of word 3-shingles alike, by MinHash) are dropped.",
  "A skill counts once per posting: required when the posting requires it, preferred when it only names it as a plus.",
  "Generative AI required: the posting requires at least one generative-AI skill; any AI: at least one AI skill of either kind.",
  "Seniority comes from a seniority column or the job title; country from a country or location column; industry from an industry column. Postings that give none are not counted there.",
  "Salary medians use only salaries the postings state.",
].join(" ");

/** Counts postings from any iterable, sync or async, and returns the snapshot. */
export async function buildSnapshot(postings: Iterable<PostingRecord> | AsyncIterable<PostingRecord>, options: BuildOptions) {
  const builder = new SnapshotBuilder(options);
  for await (const posting of postings) builder.add(posting);
  return builder.finish();
}

/**
 * A bounded cache of what one or two fields mean (exports repeat the same few hundred titles, places and dates),
 * keyed by the field strings themselves, not a string built from them per posting. Past its size it starts over,
 * so memory stays flat however many distinct values come.
 */
class Memo<T> {
  private readonly values = new Map<string, Map<string, T>>();
  private size = 0;
  constructor(private readonly compute: (first: string, second: string) => T) {}
  get(first: string, second = ""): T {
    let inner = this.values.get(first);
    if (inner) {
      const known = inner.get(second);
      if (known !== undefined) return known;
    }
    if (this.size >= 20_000) {
      this.values.clear();
      this.size = 0;
      inner = undefined;
    }
    if (!inner) this.values.set(first, (inner = new Map()));
    const value = this.compute(first, second);
    inner.set(second, value);
    this.size++;
    return value;
  }
}

function tally(cohort: Cohort, generative: boolean, anyAi: boolean): void {
  cohort.postings++;
  if (generative) cohort.generative++;
  if (anyAi) cohort.anyAi++;
}

/** The day a date field names (its leading YYYY-MM-DD, if a real day), or null. */
function dayOf(date: string): string | null {
  const day = /^\s*(\d{4}-\d{2}-\d{2})/.exec(date)?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : null;
}

function cohortOf<K>(map: Map<K, Cohort>, key: K): Cohort {
  let cohort = map.get(key);
  if (!cohort) map.set(key, (cohort = newCohort()));
  return cohort;
}

function sizeOf(values: Record<TierId, Values>): number {
  return values.generative.length + values.other.length;
}

function slug(text: string | undefined): string | null {
  if (!text) return null;
  const id = text
    .slice(0, 80)
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
  return id || null;
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;
const count = (value: number) => value.toLocaleString("en-US");
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;
