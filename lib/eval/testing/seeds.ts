import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { FuzzSeed } from "../fuzz";
import { docxOf, encryptedPdf, textPdf } from "./make-files";
import { SHARED_RESUME_FIXTURES } from "../../paths";

const RESUME = `Jordan Doe
Experience
Machine Learning Engineer, Acme, 2020 - Present
Built retrieval-augmented generation over Pinecone with LangChain and the OpenAI API.
Trained PyTorch models and deployed them with MLflow and Kubernetes.
Education
MSc Computer Science, State University, 2018 - 2020
Skills
Python, PyTorch, LangChain, Hugging Face, prompt engineering`;

/**
 * The files fuzzing starts from: the project's own generated PDFs and DOCX files, plus the shared resume
 * fixtures when they are present (`fixtureLimit` caps how many, smallest first, to bound a short run).
 */
export async function fuzzSeeds(fixtureLimit = Infinity): Promise<FuzzSeed[]> {
  const seeds: FuzzSeed[] = [
    { name: "generated.pdf", bytes: await textPdf(RESUME) },
    { name: "generated-3-pages.pdf", bytes: await textPdf(RESUME, 3) },
    { name: "generated.docx", bytes: await docxOf(RESUME) },
    { name: "generated-encrypted.pdf", bytes: encryptedPdf() },
  ];
  const folder = SHARED_RESUME_FIXTURES;
  if (!existsSync(folder)) return seeds;
  const fixtures = readdirSync(folder)
    .filter((name) => name.endsWith(".pdf"))
    .map((name) => ({ name, bytes: new Uint8Array(readFileSync(path.join(folder, name))) }))
    .sort((a, b) => a.bytes.length - b.bytes.length)
    .slice(0, fixtureLimit);
  return [...seeds, ...fixtures];
}
