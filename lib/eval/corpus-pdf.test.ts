import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { readerOptions } from "../reader-options";
import { readResume } from "../resume/read";
import { readDevResume, readResumeLabels } from "./corpus-files";
import { matchSkills } from "../skills/match";

/** Corpus resumes rendered to PDF, one text line per PDF line, then read back through the upload path. */
const RENDERED = [
  "01-genai-rag-senior.txt",
  "04-genai-finetune-senior.txt",
  "11-ml-mlops-staff.txt",
  "17-devops-security-senior.txt",
  "23-financial-analyst-entry.txt",
  "39-de-ml-senior.txt",
];

async function renderPdf(text: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  let page = pdf.addPage([612, 792]);
  let y = 750;
  for (const line of text.split("\n")) {
    if (y < 50) {
      page = pdf.addPage([612, 792]);
      y = 750;
    }
    // Helvetica's WinAnsi encoding has no "—" or "·" in every viewer's mapping; the words are what matter here.
    if (line.trim()) page.drawText(line.replace(/—/g, "-"), { x: 40, y, size: 9, font });
    y -= 13;
  }
  return pdf.save();
}

describe("corpus resumes rendered to PDF", () => {
  const labels = new Map(readResumeLabels("dev").resumes.map((label) => [label.file, label]));

  for (const file of RENDERED) {
    it(`${file} reads back with its labelled skills`, async () => {
      const label = labels.get(file)!;
      const resume = await readResume({ kind: "file", bytes: await renderPdf(readDevResume(file)) }, readerOptions());
      expect(resume.readability.source).toBe("pdf");
      const found = matchSkills(resume.text).skills.map((skill) => skill.id);
      const allowed = new Set([...label.skills, ...label.optional]);
      expect(
        label.skills.filter((id) => !found.includes(id)),
        "labelled skills missed",
      ).toEqual([]);
      expect(
        found.filter((id) => !allowed.has(id)),
        "skills the labels do not allow",
      ).toEqual([]);
    });
  }
});
