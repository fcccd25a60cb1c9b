import { describe, expect, it } from "vitest";
import { REDACTED, removeContactDetails } from "./contacts";

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
