/**
 * Salary figures as postings state them: "$120,000–$150,000", "€70k", "£60,000 a year", "up to $90k", "$45/hr".
 * Hourly and monthly figures are annualized; the currency is kept as stated and never converted. "DOE",
 * "competitive" and amounts without a currency (unless the caller names one) give no figure.
 *
 * Every pattern here is linear-time: whitespace runs are collapsed first, and every quantifier over the text is
 * bounded, so no input makes a match attempt longer than a few dozen characters.
 */

export type SalaryPeriod = "year" | "month" | "hour";

export interface StatedSalary {
  currency: string;
  /** As stated, in `period` units; `min` is null for "up to …". */
  min: number | null;
  max: number;
  period: SalaryPeriod;
  /** The yearly figure this posting counts with: the midpoint of a range, or its one figure. */
  annual: number;
}

/** Hours and months in a year, as US and EU payroll annualize them. */
export const HOURS_PER_YEAR = 2080;
export const MONTHS_PER_YEAR = 12;

/** A yearly base salary outside this band is a misread (a budget, a headcount, a typo), not a salary. */
const MIN_ANNUAL = 5_000;
const MAX_ANNUAL = 5_000_000;

const SYMBOLS: Record<string, string> = {
  US$: "USD",
  USD$: "USD",
  $: "USD",
  CA$: "CAD",
  C$: "CAD",
  A$: "AUD",
  AU$: "AUD",
  NZ$: "NZD",
  S$: "SGD",
  R$: "BRL",
  "€": "EUR",
  "£": "GBP",
  "₹": "INR",
  "¥": "JPY",
};
const CODES = ["USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "INR", "SEK", "NOK", "DKK", "PLN", "SGD", "JPY", "BRL"];
const WORDS: Record<string, string> = { euro: "EUR", euros: "EUR", dollars: "USD", pounds: "GBP" };

const CURRENCY_BEFORE = String.raw`(US\$|USD\$|CA\$|AU\$|NZ\$|C\$|A\$|S\$|R\$|\$|€|£|₹|¥|(?:${CODES.join("|")}) ?)`;
const NUMBER = String.raw`(\d{1,2}(?:,\d{2}){1,3},\d{3}|\d{1,3}(?:[,.' ]\d{3}){1,3}|\d{1,9}(?:[.,]\d{1,2})?)`;
const MULTIPLIER = "(k|K|thousand|million|m|M|mn)?";
const CURRENCY_AFTER = String.raw`(?: ?(${CODES.join("|")}|€|£|euros?|dollars|pounds)\b)?`;
/** One amount: an optional currency, a number, an optional multiplier, an optional trailing currency. */
const AMOUNT = new RegExp(String.raw`${CURRENCY_BEFORE}?${NUMBER} ?${MULTIPLIER}\b${CURRENCY_AFTER}`, "g");
const RANGE_JOIN = /^ ?(?:-|–|—|to|bis|a|and) ?$/i;
const UP_TO = /(?:up to|bis zu|max\.?|maximum|hasta) ?$/i;
const PERIOD_AFTER: [RegExp, SalaryPeriod][] = [
  [/^[ ,]?(?:gross |brutto )?(?:\/ ?|per |an |a |pro )?(?:hour|hr|h|std|stunde)\b|^[ ,]?hourly\b/i, "hour"],
  [/^[ ,]?(?:gross |brutto )?(?:\/ ?|per |a |pro )?(?:month|mo|monat)\b|^[ ,]?(?:gross |brutto )?(?:monthly|monatlich)\b/i, "month"],
  [
    /^[ ,]?(?:gross |brutto )?(?:\/ ?|per |a |an |pro )?(?:year|yr|annum|jahr)\b|^[ ,]?(?:gross |brutto )?(?:annually|yearly|annual|p\.? ?a\.?|jährlich)/i,
    "year",
  ],
];

interface Amount {
  value: number;
  currency: string | null;
  start: number;
  end: number;
  hadMultiplier: boolean;
}

function currencyOf(token: string | undefined): string | null {
  if (!token) return null;
  const trimmed = token.trim();
  return SYMBOLS[trimmed] ?? WORDS[trimmed.toLowerCase()] ?? (CODES.includes(trimmed.toUpperCase()) ? trimmed.toUpperCase() : null);
}

function numberOf(digits: string): number {
  // "120,000", "70.000", "70 000" group thousands, "25,00,000" groups lakhs; "72.5" and "72,5" are decimals.
  if (/^\d{1,2}(?:,\d{2}){1,3},\d{3}$/.test(digits)) return Number(digits.replace(/,/g, ""));
  if (/^\d{1,3}(?:[,.' ]\d{3})+$/.test(digits)) return Number(digits.replace(/[,.' ]/g, ""));
  return Number(digits.replace(",", "."));
}

function amountsIn(text: string): Amount[] {
  const amounts: Amount[] = [];
  // exec in a loop rather than matchAll, which builds a copy of the expression and an iterator on every call.
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(text); match; match = AMOUNT.exec(text)) {
    const [whole, before, digits, multiplier, after] = match;
    let value = numberOf(digits!);
    if (multiplier === "k" || multiplier === "K" || multiplier === "thousand") value *= 1_000;
    else if (multiplier) value *= 1_000_000;
    if (!Number.isFinite(value) || value <= 0) continue;
    amounts.push({
      value,
      currency: currencyOf(before) ?? currencyOf(after),
      start: match.index,
      end: match.index + whole.length,
      hadMultiplier: Boolean(multiplier),
    });
  }
  return amounts;
}

function periodAfter(text: string, end: number): SalaryPeriod | null {
  const tail = text.slice(end, end + 24);
  for (const [pattern, period] of PERIOD_AFTER) if (pattern.test(tail)) return period;
  return null;
}

/** A figure without a stated period is yearly when it looks like a year's pay, hourly when it looks like an hour's. */
function inferPeriod(value: number, hadMultiplier: boolean): SalaryPeriod | null {
  if (hadMultiplier || value >= 10_000) return "year";
  if (value <= 300) return "hour";
  return null;
}

function annualize(value: number, period: SalaryPeriod): number {
  if (period === "hour") return value * HOURS_PER_YEAR;
  if (period === "month") return value * MONTHS_PER_YEAR;
  return value;
}

/**
 * Where a stated salary can start or end: a currency sign, or a currency code or word standing alone ("USDC" and
 * "eurostar" are none). Each kind has the search that is fastest for it: the signs indexOf, the codes and the words a
 * regular expression each, whose first-character checks pass over most of a posting's letters. (One expression for
 * all three ran about twice as long as the three searches together.) The codes are spelled out rather than matched as
 * any three capitals: most three-capital words in a posting (SQL, AWS, API) are not currencies.
 */
const SIGNS = ["$", "€", "£", "₹", "¥"];
const CODE_HINT = new RegExp(String.raw`\b(?:${CODES.join("|")})\b`, "g");
const WORD_HINT = /\b(?:euros?|dollars|pounds)\b/g;
const HINT_PATTERNS = [CODE_HINT, WORD_HINT];
const HINTS_CHECKED = 20;

/** Where the first hint at or after `from` starts, or -1. */
function nextHint(text: string, from: number): number {
  let first = text.length;
  for (const sign of SIGNS) {
    const at = text.indexOf(sign, from);
    if (at >= 0 && at < first) first = at;
  }
  for (const pattern of HINT_PATTERNS) {
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (match && match.index < first) first = match.index;
  }
  return first < text.length ? first : -1;
}

/** A digit or a digit group's separator. */
function isNumberChar(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 44 || c === 46 || c === 39;
}

/**
 * The first salary a posting's free text states, or null: only the few dozen characters around each currency
 * sign or code are read, so a long posting costs one scan for the signs, not a salary parse at every character.
 */
export function findSalaryInText(text: string): StatedSalary | null {
  let searchedTo = 0;
  for (let checked = 0; checked < HINTS_CHECKED; checked++) {
    const hint = nextHint(text, searchedTo);
    if (hint < 0) return null;
    let start = Math.max(searchedTo, hint - 40);
    // Never start inside a number: "…25,000 EUR" must not be read as "5,000 EUR".
    while (start < hint && isNumberChar(text.charCodeAt(start - 1))) start++;
    // A window ends at a line break: a salary is stated on one line.
    const lineEnd = text.indexOf("\n", hint);
    const end = Math.min(hint + 120, lineEnd < 0 ? text.length : lineEnd);
    const found = parseSalary(text.slice(start, end));
    if (found) return found;
    // The next hint is looked for past this window: a hint inside it was read with it.
    searchedTo = end;
  }
  return null;
}

export interface SalaryOptions {
  /** The currency of amounts that name none (a salary column in one currency). Without it they give no figure. */
  defaultCurrency?: string;
}

/**
 * The first salary a text states, or null. A range counts at its midpoint; "up to X" counts as X.
 * In free text an amount must name its currency ("5 years" is not pay); in a salary field `defaultCurrency` may.
 */
export function parseSalary(raw: string, options: SalaryOptions = {}): StatedSalary | null {
  const text = raw.replace(/\s+/g, " ");
  const amounts = amountsIn(text);
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i]!;
    const next = amounts[i + 1];
    const joined = next !== undefined && RANGE_JOIN.test(text.slice(first.end, next.start));
    const last = joined ? next! : first;
    const currency = first.currency ?? last.currency ?? options.defaultCurrency ?? null;
    if (!currency) continue;
    // "$120–150k": the multiplier on the upper figure applies to the lower one too.
    const low =
      joined && last.hadMultiplier && !first.hadMultiplier && first.value * 1_000 <= last.value ? first.value * 1_000 : first.value;
    const upTo = !joined && UP_TO.test(text.slice(Math.max(0, first.start - 12), first.start));
    const period = periodAfter(text, last.end) ?? inferPeriod(last.value, last.hadMultiplier || first.hadMultiplier);
    if (!period) continue;
    const min = joined ? Math.min(low, last.value) : upTo ? null : first.value;
    const max = joined ? Math.max(low, last.value) : first.value;
    const annual = annualize(min === null ? max : (min + max) / 2, period);
    if (annual < MIN_ANNUAL || annual > MAX_ANNUAL) {
      if (joined) i++;
      continue;
    }
    return { currency, min, max, period, annual: Math.round(annual) };
  }
  return null;
}
