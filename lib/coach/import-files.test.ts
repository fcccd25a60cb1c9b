import { describe, expect, it } from "vitest";
import { clientLabelFromFileName, displayStatus, statusSentence, textFingerprint, zipEntryVerdict } from "./import-files";

describe("bulk import file names and fingerprints", () => {
  it("labels a client from the file name with contact details, phone numbers and the extension gone", () => {
    expect(clientLabelFromFileName("jane.doe@example.com_Jane-Doe_CV.pdf", 0)).toBe("Jane Doe CV");
    expect(clientLabelFromFileName("resumes/2026/Ravi Kumar +1 4155550100.docx", 3)).toBe("Ravi Kumar");
    expect(clientLabelFromFileName("José_Núñez.txt", 1)).toBe("José Núñez");
    expect(clientLabelFromFileName("linkedin.com-in-someone.pdf", 4)).not.toContain("linkedin.com");
    expect(clientLabelFromFileName("@@@.pdf", 6)).toBe("Imported resume 7");
    expect(clientLabelFromFileName(`${"a".repeat(100)}.pdf`, 0)).toHaveLength(60);
  });

  it("reads PDF, DOCX and text entries of a zip, skips folders and file-manager litter, flags the rest", () => {
    expect(["a.pdf", "b/C.DOCX", "c.txt"].map(zipEntryVerdict)).toEqual(["read", "read", "read"]);
    expect(["folder/", "__MACOSX/._a.pdf", ".DS_Store", "x/.hidden.pdf"].map(zipEntryVerdict)).toEqual(["skip", "skip", "skip", "skip"]);
    expect(["photo.png", "nested.zip", "resume.doc"].map(zipEntryVerdict)).toEqual(["unsupported", "unsupported", "unsupported"]);
  });

  it("gives the same fingerprint to the same text whatever its case and spacing, and another to other text", () => {
    expect(textFingerprint("Built RAG\n\nwith  LangChain")).toBe(textFingerprint("built rag with langchain "));
    expect(textFingerprint("Built RAG with LangChain")).not.toBe(textFingerprint("Built RAG with LlamaIndex"));
  });

  it("shows a file stuck mid-way as interrupted, and an error in the words of its code", () => {
    const now = Date.now();
    const row = { page: null, pages: null, errorCode: null, updatedAt: new Date(now - 11 * 60 * 1000) };
    expect(displayStatus({ ...row, status: "queued" }, now)).toBe("interrupted");
    expect(displayStatus({ ...row, status: "saved" }, now)).toBe("saved");
    expect(statusSentence({ ...row, status: "ocr", page: 2, pages: 3, updatedAt: new Date(now) }, now)).toBe("Reading page 2 of 3 by OCR");
    expect(statusSentence({ ...row, status: "failed", errorCode: "encrypted" }, now)).toMatch(/password-protected/);
  });
});
