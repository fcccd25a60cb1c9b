import { describe, expect, it } from "vitest";
import { matchSkills } from "./match";

const usages = (text: string) =>
  matchSkills(text)
    .skills.map((skill) => `${skill.id}:${skill.usage}`)
    .sort();

/** CPU time of the fastest of three runs, in ms: unlike the wall clock it does not grow while another process holds the core. */
const cpu = (text: string) => {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = process.cpuUsage();
    matchSkills(text);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
};

describe("a quoted title followed by a run of dashes", () => {
  const titled = (dashes: number) => `Course “RAG with LangChain” ${"-".repeat(dashes)} x. enrolled`;

  it("reads the mention the same whatever the length of the run", () => {
    expect(usages(titled(100_000 - 50))).toEqual(usages(titled(8)));
  });

  it("takes time that grows with the text, not with its square", () => {
    const small = cpu(titled(10_000));
    const large = cpu(titled(100_000));
    // Linear work grows about tenfold here; a pattern splitting the run every way grows a hundredfold or more.
    expect(large).toBeLessThan(Math.max(small, 5) * 30);
  });
});

describe("a status word after the mention", () => {
  it("reads 'starting in 2023' after a tool as when its use began, and 'starts' after a quoted course title as a plan", () => {
    expect(usages("Experience\nBuilt internal agents with LangChain starting in 2023.")).toContain("langchain:used");
    expect(usages("Education\nCourse “Building agents with LangChain” — enrolled, starts in February")).not.toContain("langchain:used");
  });
});
