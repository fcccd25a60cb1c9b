import { describe, expect, it } from "vitest";
import { repairOcrText } from "./ocr-repair";

describe("repairOcrText", () => {
  it.each([
    ["Machine Learning Engineer, OpenAl, San Francisco", "Machine Learning Engineer, OpenAI, San Francisco"],
    ["Leading a team of Al engineers.", "Leading a team of AI engineers."],
    ["Built Al agents with tool calling", "Built AI agents with tool calling"],
    ["Published in top-tier Al conferences", "Published in top-tier AI conferences"],
    ["Generative Al and Gen Al products", "Generative AI and Gen AI products"],
  ])("%j", (ocr, repaired) => {
    expect(repairOcrText(ocr)).toBe(repaired);
  });

  it("leaves the name Al alone", () => {
    expect(repairOcrText("References: Al Gore, Al Pacino; Al went to Boston")).toBe("References: Al Gore, Al Pacino; Al went to Boston");
  });
});
