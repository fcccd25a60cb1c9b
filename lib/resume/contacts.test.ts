import { describe, expect, it } from "vitest";
import { DIGIT_PATTERNS, LINE_CUES, mayHoldContact, PHONE } from "./contact-patterns";
import { cleanFileName, REDACTED, removeContactDetails } from "./contacts";

const removed = (text: string) => removeContactDetails(text).text;

describe("removeContactDetails", () => {
  it.each([
    "+1 (415) 555-0100",
    "415.555.0100",
    "+44 20 7946 0958",
    "+49 30 12345678",
    "+33 1 23 45 67 89",
    "+91 98765 43210",
    "+81-3-1234-5678",
    "+86 138 0013 8000",
    "+55 11 91234-5678",
    "(+82) 10-1234-5678",
    "(0151) 2345678",
    "0151/2345678",
    "+61 2 9876 5432",
    "+353 1 234 5678",
  ])("removes the phone number %s", (phone) => {
    const scan = removeContactDetails(`Phone: ${phone} | Berlin`);
    expect(scan.text).toBe(`Phone: ${REDACTED} | Berlin`);
    expect(scan.found.phones).toBe(1);
  });

  it.each([
    ["123 Main Street, Springfield", `${REDACTED}, Springfield`],
    ["221B Baker Street", REDACTED],
    ["1600 Amphitheatre Parkway, Mountain View, CA 94043", `${REDACTED}, Mountain View, CA 94043`],
    ["55 Elm St., Apt 4B", REDACTED],
    ["Hauptstraße 12, 10115 Berlin", REDACTED],
    ["Berliner Straße 5a, 10115 Berlin", REDACTED],
    ["4 Rue de la Paix, 75002 Paris", REDACTED],
    ["Calle Mayor 5, 28013 Madrid", REDACTED],
    ["Via Roma 10, 00184 Roma", REDACTED],
    ["Avenida Paulista, 1578", REDACTED],
  ])("removes the street address in %s", (address, expected) => {
    const scan = removeContactDetails(address);
    expect(scan.text).toBe(expected);
    expect(scan.found.addresses).toBe(1);
  });

  it("removes emails, profile URLs and handles", () => {
    const text = removed(
      "jane.doe@example.com · linkedin.com/in/janedoe · https://github.com/janedoe · janedoe.dev · " +
        "GITHUB-SQUARE posquit0 | LINKEDIN posquit0 | GitHub: janedoe | @jane_doe | orcid 0000-0002-1825-0097",
    );
    for (const leak of ["jane.doe@", "janedoe", "posquit0", "jane_doe", "1825-0097"]) expect(text).not.toContain(leak);
  });

  it.each([
    "Jan 2019 - Dec 2023",
    "2016 – 2018",
    "improved latency by 35% for 10M+ users",
    "GPA: 3.97/4.00",
    "doi 10.1234/neurips.2023.1234",
    "Python 3.11.4 and Node.js 20",
    "processed 50K+ transactions per second, 99.99% uptime",
    "Published at NeurIPS 2022 and ICML 2021",
    "GitHub Actions, LinkedIn Learning",
    "Built 3 agents in 2 weeks",
    "Room 101, 2nd floor",
  ])("keeps ordinary resume text: %s", (text) => {
    expect(removed(text)).toBe(text);
  });
});

describe("removeContactDetails: forms that used to survive", () => {
  it.each([
    ["(212) 555\u20130199", "an en dash, as Word writes it"],
    ["(212) 555\u20140199", "an em dash"],
    ["+1\u00A0415\u00A0555\u00A00100", "no-break spaces"],
    ["+1\u2009415\u2009555\u20090100", "thin spaces"],
    ["+1\u202F415\u202F555\u2011" + "0100", "a narrow no-break space and a non-breaking hyphen"],
    ["+44\u200720\u20077946\u20070958", "figure spaces"],
  ])("removes the phone %s (%s)", (phone) => {
    const scan = removeContactDetails(`Phone: ${phone} | Berlin`);
    expect(scan.text).toBe(`Phone: ${REDACTED} | Berlin`);
    expect(scan.found.phones).toBe(1);
  });

  it.each([
    "jane (at) example (dot) com",
    "jane [at] example [dot] com",
    "jane{at}example{dot}com",
    "jane.doe (AT) mail (DOT) example (DOT) org",
    "jane(at)example.com",
    "jane@example (dot) com",
    "jane at example dot com",
  ])("removes the obfuscated email %s", (email) => {
    const scan = removeContactDetails(`Email: ${email} | Berlin`);
    expect(scan.text).toBe(`Email: ${REDACTED} | Berlin`);
    expect(scan.found.emails).toBe(1);
  });

  it.each([
    "janedoe.dev",
    "Portfolio: janedoe.dev.",
    "jane-doe.github.io",
    "janedoe.com.au",
    "blog.janedoe.me/posts",
    "janedoe.tech | GitHub",
  ])("removes the bare personal domain in %s", (text) => {
    const scan = removeContactDetails(text);
    expect(scan.text).not.toMatch(/janedoe|jane-doe/);
    expect(scan.found.urls).toBeGreaterThan(0);
  });

  it("removes what a PDF's link annotations point at, where the text shows it without a pattern's form", () => {
    const scan = removeContactDetails("GitHub janedoe42 · LinkedIn · Portfolio\nCall +1 415 555 0100 or see jdoe-ml on LinkedIn", {
      links: ["https://github.com/janedoe42", "https://www.linkedin.com/in/jdoe-ml/", "mailto:jane@example.com", "tel:+14155550100"],
    });
    expect(scan.text).not.toMatch(/janedoe42|jdoe-ml|555/);
    expect(scan.text).toContain("LinkedIn");
  });

  it("keeps words and skills a link points at: a project or company link is not a person", () => {
    const scan = removeContactDetails("Contributed to OpenAI Whisper and LangChain; PyTorch at Meta.", {
      links: ["https://github.com/openai/whisper", "https://github.com/langchain", "https://www.linkedin.com/company/meta"],
    });
    expect(scan.text).toBe("Contributed to OpenAI Whisper and LangChain; PyTorch at Meta.");
  });

  it.each([
    "Engineer at Scale.ai, then at Hugging Face",
    "langchain@0.1 and numpy 1.26",
    "Worked at Google (2019 \u2013 2021)",
    "Jan 2019\u2013Dec 2023",
    "2016\u20132018",
  ])("keeps ordinary text: %s", (text) => {
    // Scale.ai is a company the bare-domain form removes (it is a domain); everything else stays as written.
    const kept = removed(text).replace(REDACTED, "Scale.ai");
    expect(kept).toBe(text);
  });
});

describe("cleanFileName", () => {
  it("stores a file name only with its contact details removed", () => {
    expect(cleanFileName("Jane_Doe_jane@example.com_+1-415-555-0100.pdf")).toBe(`Jane Doe ${REDACTED} ${REDACTED}.pdf`);
    expect(cleanFileName("resume (212) 555\u20130199 janedoe.dev.docx")).toBe(`resume ${REDACTED} ${REDACTED}.docx`);
    expect(cleanFileName("Resume-2026.pdf")).toBe("Resume-2026.pdf");
    expect(cleanFileName("   ")).toBeNull();
  });
});

describe("the line cues of contact-patterns.ts", () => {
  const samples = [
    "Email: jane.doe@example.com | jane (at) example (dot) com | jane at example dot com | jane[at]example.com",
    "https://github.com/janedoe · www.janedoe.dev · linkedin.com/in/janedoe · janedoe.tech | blog.janedoe.me/posts",
    "GITHUB-SQUARE posquit0 | LinkedIn: jdoe | Website: janedoe",
    "Hauptstraße 12, 10115 Berlin · Berliner Straße 5a · Am Lindenweg 3a",
    "123 Main Street, Apt 4B · 4 Rue de la Paix, 75002 Paris · Calle Mayor 5 · Via Roma 10",
    "@jane_doe · ORCID 0000-0002-1825-0097 · Phone: +1 (415) 555-0100 · (0151) 2345678 · 0151/2345678",
  ];

  it("finds each cue inside every match of its pattern, so a line without the cue holds no match", () => {
    for (const [pattern, cue] of LINE_CUES) {
      // A phone-looking run counts only with seven digits (looksLikePhone): its cue is in every run that counts.
      const matches = samples
        .flatMap((sample) => [...sample.matchAll(pattern)].map((match) => match[0]))
        .filter((match) => pattern !== PHONE || match.replace(/\D/g, "").length >= 7);
      expect(matches.length, String(pattern)).toBeGreaterThan(0);
      for (const match of matches) expect(match).toMatch(new RegExp(cue.source, cue.flags.replace("g", "")));
    }
  });

  it("gates on a digit only patterns that cannot match without one", () => {
    // mayHoldContact skips these patterns on a text with no digit: a digit-free form ("Rue de la Paix") would be lost.
    for (const pattern of DIGIT_PATTERNS) {
      expect(
        samples.some((sample) => [...sample.matchAll(pattern)].length > 0),
        String(pattern),
      ).toBe(true);
      for (const sample of samples) expect([...sample.replace(/\d/g, "x").matchAll(pattern)], String(pattern)).toEqual([]);
    }
  });

  it("lets through every match that counts, and a line with a street word but no digit not", () => {
    for (const pattern of LINE_CUES.keys()) {
      for (const sample of samples) {
        for (const [match] of sample.matchAll(pattern)) {
          if (pattern !== PHONE || match.replace(/\D/g, "").length >= 7) expect(mayHoldContact(match), match).toBe(true);
        }
      }
    }
    expect(mayHoldContact("Took the course in place of a workshop on Via tooling")).toBe(false);
    // "ſ" folds to "s" in a case-insensitive pattern though its lower case is itself.
    expect(mayHoldContact("webſite: janedoe")).toBe(true);
  });
});
