import { describe, expect, it } from "vitest";
import { neutraliseCell, toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a UTF-8 BOM, quotes every field, doubles quotes and ends lines with CRLF", () => {
    const csv = toCsv(["Client", "Note"], [['Zoë "Z" Ångström', "a,b\nc"]]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toBe('\uFEFF"Client","Note"\r\n"Zoë ""Z"" Ångström","a,b\nc"\r\n');
  });

  it("neutralises cells a spreadsheet would run as formulas", () => {
    for (const formula of ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) {
      expect(neutraliseCell(formula).startsWith("'")).toBe(true);
    }
    expect(neutraliseCell("Ada")).toBe("Ada");
    expect(toCsv(["x"], [["=1+1"]])).toContain('"\'=1+1"');
  });

  it("writes numbers as text", () => {
    expect(toCsv(["n"], [[0.5]])).toContain('"0.5"');
  });
});
