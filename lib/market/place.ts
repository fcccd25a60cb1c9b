/**
 * Where and at what level a posting is, from the columns a posting export usually has ("Berlin, Germany",
 * "San Francisco, CA", "Senior", "Staff ML Engineer"). Unknown stays unknown: a posting is never guessed into a
 * country or a level.
 */

export type PostingLevelId = "entry" | "mid" | "senior" | "staff";

const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(
    " ",
  ),
);

const COUNTRY_NAMES: Record<string, string> = {
  "united states": "US",
  "united states of america": "US",
  usa: "US",
  us: "US",
  america: "US",
  "united kingdom": "GB",
  uk: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "great britain": "GB",
  germany: "DE",
  deutschland: "DE",
  france: "FR",
  spain: "ES",
  españa: "ES",
  portugal: "PT",
  italy: "IT",
  netherlands: "NL",
  "the netherlands": "NL",
  belgium: "BE",
  switzerland: "CH",
  schweiz: "CH",
  austria: "AT",
  österreich: "AT",
  ireland: "IE",
  sweden: "SE",
  norway: "NO",
  denmark: "DK",
  finland: "FI",
  poland: "PL",
  "czech republic": "CZ",
  czechia: "CZ",
  canada: "CA",
  mexico: "MX",
  brazil: "BR",
  brasil: "BR",
  argentina: "AR",
  india: "IN",
  singapore: "SG",
  japan: "JP",
  china: "CN",
  australia: "AU",
  "new zealand": "NZ",
  israel: "IL",
  "united arab emirates": "AE",
  uae: "AE",
  "south africa": "ZA",
  nigeria: "NG",
  kenya: "KE",
};

/** Cities that name their country on their own in posting exports. */
const CITIES: Record<string, string> = {
  berlin: "DE",
  munich: "DE",
  münchen: "DE",
  hamburg: "DE",
  frankfurt: "DE",
  cologne: "DE",
  köln: "DE",
  london: "GB",
  manchester: "GB",
  edinburgh: "GB",
  paris: "FR",
  madrid: "ES",
  barcelona: "ES",
  lisbon: "PT",
  amsterdam: "NL",
  dublin: "IE",
  zurich: "CH",
  zürich: "CH",
  vienna: "AT",
  wien: "AT",
  stockholm: "SE",
  warsaw: "PL",
  toronto: "CA",
  vancouver: "CA",
  montreal: "CA",
  bangalore: "IN",
  bengaluru: "IN",
  hyderabad: "IN",
  pune: "IN",
  mumbai: "IN",
  "new york": "US",
  nyc: "US",
  "san francisco": "US",
  seattle: "US",
  austin: "US",
  boston: "US",
  sydney: "AU",
  melbourne: "AU",
  "tel aviv": "IL",
  "são paulo": "BR",
  "sao paulo": "BR",
  tokyo: "JP",
};

const ISO2 = new Set([...Object.values(COUNTRY_NAMES), ...Object.values(CITIES)]);

/** The ISO 3166 code of a location ("Berlin, Germany" → DE, "Austin, TX" → US, "GB" → GB), or null. */
export function countryOf(location: string | undefined): string | null {
  if (!location) return null;
  const parts = location
    .slice(0, 200)
    .split(/[,/|;()]/)
    .map((part) => part.trim())
    .filter(Boolean);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    // A two-letter part after a city is a US state more often than a country ("Portland, OR"; "Austin, TX").
    if (/^[A-Z]{2}$/.test(part)) {
      if (i > 0 && US_STATES.has(part)) return "US";
      if (part === "UK") return "GB";
      if (ISO2.has(part)) return part;
      if (US_STATES.has(part)) return "US";
      continue;
    }
    const lower = part.toLowerCase().replace(/\s+/g, " ");
    const found = COUNTRY_NAMES[lower] ?? CITIES[lower];
    if (found) return found;
  }
  return null;
}

const LEVEL_WORDS: [RegExp, PostingLevelId][] = [
  [/\b(?:staff|principal|distinguished|head of|director|vp|lead)\b/i, "staff"],
  [/\b(?:senior|sr\.?|iii|expert)(?![\w-])/i, "senior"],
  [
    /\b(?:junior|jr\.?|entry|entry-level|graduate|grad|intern|internship|trainee|apprentice|new grad|associate|werkstudent)(?![\w-])/i,
    "entry",
  ],
  [/\b(?:mid|mid-level|intermediate|ii)(?![\w-])/i, "mid"],
];

/** The level a seniority column or a job title names, or null when it names none. */
export function levelOf(seniority: string | undefined, title: string | undefined): PostingLevelId | null {
  for (const text of [seniority, title]) {
    if (!text) continue;
    const head = text.slice(0, 200);
    for (const [pattern, level] of LEVEL_WORDS) if (pattern.test(head)) return level;
  }
  return null;
}
