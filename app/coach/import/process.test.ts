import { randomUUID } from "node:crypto";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { claimImportText, createImport, getImportForCoach, listImportsForCoach } from "@/lib/db/imports";
import { createReport } from "@/lib/db/reports";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { analyze } from "@/lib/report/analyze";
import { readerOptions } from "@/lib/reader-options";
import { closeSharedParsePool } from "@/lib/resume/pool";
import { readResume } from "@/lib/resume/read";
import { importOneFile } from "./process";

const RESUME = (name: string, tool: string) =>
  [
    name,
    "Senior AI Engineer",
    "Experience",
    "Senior AI Engineer, Acme Corp, Jan 2019 - Present",
    `Built a RAG pipeline over Pinecone using the OpenAI API and ${tool} for support search.`,
    "Designed LLM agents with LangGraph and tool calling to automate claims triage.",
    "Skills",
    "Python, PyTorch, LangChain, Hugging Face, prompt engineering",
  ].join("\n");

async function pdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([612, 792]);
  for (const [index, line] of text.split("\n").entries()) page.drawText(line, { x: 50, y: 740 - index * 14, size: 10, font });
  return doc.save();
}

const bytesOf = (text: string) => new TextEncoder().encode(text);

async function newCoach(): Promise<string> {
  const id = `coach-${randomUUID()}`;
  await db.user.create({ data: { id, name: id, email: `${id}@example.test` } });
  return id;
}

async function runImport(coachId: string, files: { label: string; bytes: Uint8Array }[]) {
  const { batchId, itemIds } = await createImport({ coachId, source: "files", items: files.map(({ label }) => ({ label })) });
  await Promise.all(
    files.map((file, index) => importOneFile({ coachId, itemId: itemIds[index]!, label: file.label, bytes: async () => file.bytes })),
  );
  return (await getImportForCoach({ id: batchId, coachId }))!;
}

afterAll(() => closeSharedParsePool());

describe("bulk import into a coach's workspace", () => {
  it("saves each file as its own labelled report, and one bad file costs the others nothing", async () => {
    const coachId = await newCoach();
    const detail = await runImport(coachId, [
      { label: "Ada Lovelace", bytes: await pdf(RESUME("Ada Lovelace", "GPT-4o")) },
      { label: "Broken", bytes: bytesOf("%PDF-1.7\nnot really a pdf") },
      { label: "Grace Hopper", bytes: bytesOf(RESUME("Grace Hopper", "Claude")) },
      { label: "Short", bytes: bytesOf("Hi") },
    ]);
    expect(detail.items.map((item) => [item.label, item.status, item.errorCode])).toEqual([
      ["Ada Lovelace", "saved", null],
      ["Broken", "failed", "corrupt"],
      ["Grace Hopper", "saved", null],
      ["Short", "failed", "too-little-text"],
    ]);
    const saved = await db.report.findMany({ where: { coachId }, select: { id: true, clientLabel: true, fileName: true } });
    expect(saved.map((report) => report.clientLabel).sort()).toEqual(["Ada Lovelace", "Grace Hopper"]);
    expect(saved.every((report) => report.fileName === null)).toBe(true);
    expect(
      detail.items
        .filter((item) => item.reportId)
        .map((item) => item.reportId)
        .sort(),
    ).toEqual(saved.map((report) => report.id).sort());
  });

  it("reports the same text twice in one import as a duplicate, even when both are read at once", async () => {
    const coachId = await newCoach();
    const text = RESUME("Ada Lovelace", "GPT-4o");
    const detail = await runImport(coachId, [
      { label: "Ada PDF", bytes: await pdf(text) },
      // The same resume with other spacing and case is still the same resume.
      { label: "Ada text", bytes: bytesOf(text.replaceAll("\n", "\n\n").toUpperCase()) },
      { label: "Ada again", bytes: bytesOf(text) },
    ]);
    const statuses = detail.items.map((item) => item.status).sort();
    expect(statuses).toEqual(["duplicate", "duplicate", "saved"]);
    const original = detail.items.find((item) => item.status === "saved")!.reportId;
    expect(detail.items.filter((item) => item.status === "duplicate").map((item) => item.duplicateOfId)).toEqual([original, original]);
    expect(await db.report.count({ where: { coachId } })).toBe(1);
  });

  it("finds a resume already in the workspace from an intake upload, but not another coach's", async () => {
    const coachId = await newCoach();
    const otherCoach = await newCoach();
    const text = RESUME("Grace Hopper", "Gemini");
    const resume = await readResume({ kind: "text", text }, readerOptions());
    const snapshot = await getCurrentSnapshot();
    const intakeId = await createReport({
      ownerSecretHash: `owner-${randomUUID()}`,
      snapshotId: snapshot.id,
      report: analyze(resume, snapshot),
      text: resume.text,
      fileName: null,
      uploadKey: randomUUID(),
      coachId,
      clientLabel: "Grace",
    });
    const mine = await runImport(coachId, [{ label: "Grace Hopper", bytes: bytesOf(text) }]);
    expect(mine.items[0]).toMatchObject({ status: "duplicate", duplicateOfId: intakeId, reportId: null });
    const theirs = await runImport(otherCoach, [{ label: "Grace Hopper", bytes: bytesOf(text) }]);
    expect(theirs.items[0]!.status).toBe("saved");
  });

  it("reads a file once however often it is sent, and a second import of it is a duplicate", async () => {
    const coachId = await newCoach();
    const text = RESUME("Alan Turing", "Mistral");
    const { batchId, itemIds } = await createImport({ coachId, source: "files", items: [{ label: "Alan" }] });
    const once = () => importOneFile({ coachId, itemId: itemIds[0]!, label: "Alan", bytes: async () => bytesOf(text) });
    await Promise.all([once(), once()]);
    expect(await db.report.count({ where: { coachId } })).toBe(1);
    const again = await runImport(coachId, [{ label: "Alan", bytes: bytesOf(text) }]);
    expect(again.items[0]!.status).toBe("duplicate");

    const history = await listImportsForCoach({ coachId });
    expect(history.map((batch) => [batch.fileCount, batch.counts.saved, batch.counts.duplicate, batch.counts.failed])).toEqual([
      [1, 0, 1, 0],
      [1, 1, 0, 0],
    ]);
    expect(history[1]!.id).toBe(batchId);
    // Another coach sees none of it.
    expect(await listImportsForCoach({ coachId: await newCoach() })).toEqual([]);
    expect(await getImportForCoach({ id: batchId, coachId: await newCoach() })).toBeNull();
  });

  it("frees a text claim whose report was deleted, so the resume can be imported again", async () => {
    const coachId = await newCoach();
    const text = RESUME("Katherine Johnson", "Llama");
    const first = await runImport(coachId, [{ label: "Katherine", bytes: bytesOf(text) }]);
    await db.report.delete({ where: { id: first.items[0]!.reportId! } });
    const second = await runImport(coachId, [{ label: "Katherine", bytes: bytesOf(text) }]);
    expect(second.items[0]!.status).toBe("saved");
    const third = await createImport({ coachId, source: "files", items: [{ label: "x" }] });
    const hash = (await db.report.findFirst({ where: { coachId }, select: { textHash: true } }))!.textHash!;
    expect(await claimImportText({ id: third.itemIds[0]!, coachId, textHash: hash })).toEqual({
      claimed: false,
      duplicateOfId: second.items[0]!.reportId,
    });
  });
});
