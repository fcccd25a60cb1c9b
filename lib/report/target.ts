import type { MarketSnapshot } from "../market/snapshot";
import type { MarketFigures, TargetMarket } from "./schema";

/** The markets a candidate may target. Their figures come from the snapshot, which may have none for some. */
export const TARGET_INDUSTRIES = [
  { id: "fintech", name: "Fintech" },
  { id: "finance", name: "Finance" },
  { id: "software", name: "Software" },
  { id: "healthcare", name: "Healthcare" },
] as const;

export const TARGET_COUNTRIES = [
  { id: "US", name: "United States" },
  { id: "IN", name: "India" },
  { id: "DE", name: "Germany" },
  { id: "GB", name: "United Kingdom" },
  { id: "CA", name: "Canada" },
] as const;

export type TargetIndustryId = (typeof TARGET_INDUSTRIES)[number]["id"];
export type TargetCountryId = (typeof TARGET_COUNTRIES)[number]["id"];

export interface TargetChoice {
  industry?: TargetIndustryId | null;
  country?: TargetCountryId | null;
}

type Entry = { id: string; aiAdoptionShare?: number; shareOfPostings?: number; postings?: number; aiPostings?: number };

function figuresOf(id: string, name: string, entries: Entry[]): MarketFigures {
  const entry = entries.find((candidate) => candidate.id === id);
  return {
    id,
    name,
    inSnapshot: entry !== undefined,
    aiAdoptionShare: entry?.aiAdoptionShare ?? null,
    shareOfPostings: entry?.shareOfPostings ?? null,
    postings: entry?.postings ?? null,
    aiPostings: entry?.aiPostings ?? null,
  };
}

/** The snapshot's figures for the chosen industry and country; null when the candidate chose neither. */
export function targetMarketOf(choice: TargetChoice, snapshot: MarketSnapshot): TargetMarket | null {
  const industry = TARGET_INDUSTRIES.find((candidate) => candidate.id === choice.industry);
  const country = TARGET_COUNTRIES.find((candidate) => candidate.id === choice.country);
  if (!industry && !country) return null;
  return {
    industry: industry ? figuresOf(industry.id, industry.name, snapshot.industries) : null,
    country: country ? figuresOf(country.id, country.name, snapshot.countries) : null,
  };
}
