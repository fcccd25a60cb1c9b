import { describe, expect, it } from "vitest";
import { findSalaryInText, parseSalary } from "./salary";

/** Labelled cases: what a person reading the posting would write down as its salary. */
const CASES: [string, { currency: string; min: number | null; max: number; period: string; annual: number } | null][] = [
  // Ranges
  ["$120,000–$150,000", { currency: "USD", min: 120_000, max: 150_000, period: "year", annual: 135_000 }],
  ["Salary: $120,000 - $150,000 per year plus equity", { currency: "USD", min: 120_000, max: 150_000, period: "year", annual: 135_000 }],
  ["$120k to $150k", { currency: "USD", min: 120_000, max: 150_000, period: "year", annual: 135_000 }],
  ["$120–150k base", { currency: "USD", min: 120_000, max: 150_000, period: "year", annual: 135_000 }],
  ["USD 140,000 - 180,000", { currency: "USD", min: 140_000, max: 180_000, period: "year", annual: 160_000 }],
  ["€65.000 – €80.000 brutto/Jahr", { currency: "EUR", min: 65_000, max: 80_000, period: "year", annual: 72_500 }],
  ["70 000 - 85 000 EUR", { currency: "EUR", min: 70_000, max: 85_000, period: "year", annual: 77_500 }],
  ["CA$110,000 to CA$130,000", { currency: "CAD", min: 110_000, max: 130_000, period: "year", annual: 120_000 }],
  // Currencies and single figures
  ["€70k", { currency: "EUR", min: 70_000, max: 70_000, period: "year", annual: 70_000 }],
  ["£60,000 a year", { currency: "GBP", min: 60_000, max: 60_000, period: "year", annual: 60_000 }],
  ["£55k-£65k + bonus", { currency: "GBP", min: 55_000, max: 65_000, period: "year", annual: 60_000 }],
  ["₹25,00,000 per annum", { currency: "INR", min: 2_500_000, max: 2_500_000, period: "year", annual: 2_500_000 }],
  ["INR 2500000 p.a.", { currency: "INR", min: 2_500_000, max: 2_500_000, period: "year", annual: 2_500_000 }],
  ["CHF 120'000", { currency: "CHF", min: 120_000, max: 120_000, period: "year", annual: 120_000 }],
  ["72.5k EUR", { currency: "EUR", min: 72_500, max: 72_500, period: "year", annual: 72_500 }],
  // Up to
  ["up to $90k", { currency: "USD", min: null, max: 90_000, period: "year", annual: 90_000 }],
  ["Up to £75,000 depending on experience", { currency: "GBP", min: null, max: 75_000, period: "year", annual: 75_000 }],
  // Hourly and monthly, annualized
  ["$45/hr", { currency: "USD", min: 45, max: 45, period: "hour", annual: 93_600 }],
  ["$50 - $65 per hour (contract)", { currency: "USD", min: 50, max: 65, period: "hour", annual: 119_600 }],
  ["€4,500 per month", { currency: "EUR", min: 4_500, max: 4_500, period: "month", annual: 54_000 }],
  ["€5.000 brutto monatlich", { currency: "EUR", min: 5_000, max: 5_000, period: "month", annual: 60_000 }],
  ["£3,000 - £3,500 a month", { currency: "GBP", min: 3_000, max: 3_500, period: "month", annual: 39_000 }],
  // No figure
  ["DOE", null],
  ["Competitive salary", null],
  ["Competitive, depending on experience (DOE)", null],
  ["5+ years of Python; 401k matching", null],
  ["", null],
  [
    "$2,000 monthly stipend for equipment is not a salary? still monthly",
    { currency: "USD", min: 2_000, max: 2_000, period: "month", annual: 24_000 },
  ],
  ["Budget of $12 million for the program", null],
];

describe("parseSalary", () => {
  for (const [text, expected] of CASES) {
    it(`reads ${JSON.stringify(text)}`, () => {
      expect(parseSalary(text)).toEqual(expected);
    });
  }

  it("reads a bare salary column in the currency the caller names, and only then", () => {
    expect(parseSalary("95000-110000")).toBeNull();
    expect(parseSalary("95000-110000", { defaultCurrency: "EUR" })).toMatchObject({ currency: "EUR", annual: 102_500 });
  });

  it("stays fast on hostile input (no quadratic backtracking)", () => {
    const hostile = `${"$1,000,".repeat(20_000)} ${" ".repeat(50_000)}${"9".repeat(50_000)}k`;
    const start = performance.now();
    parseSalary(hostile);
    expect(performance.now() - start).toBeLessThan(2_000);
  });

  it("finds the salary a posting's body states, and none in a body without one", () => {
    const body = `Senior AI Engineer\nRequirements:\n- 5+ years of Python\n- 401k matching and 25 days off\nCompensation\nThe base salary range is $150,000 - $170,000 per year, plus equity.\n`;
    expect(findSalaryInText(body)).toMatchObject({ currency: "USD", min: 150_000, max: 170_000, annual: 160_000 });
    expect(findSalaryInText(`${"We pay well. ".repeat(30)}Ask for 2,500,000 widgets: 70.000 – 85.000 EUR`)).toMatchObject({
      currency: "EUR",
      annual: 77_500,
    });
    expect(findSalaryInText("Requirements: 5+ years of Python. Benefits: 401k, 30 days holiday. Salary: competitive (DOE).")).toBeNull();
  });
});
