import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { PDFParse } from "pdf-parse";
import { CONTACT_RESUME, expect, resumePdf, test as base } from "./fixtures";
import { SharePanel } from "./share-panel";
import { SHARED_RESUME_FIXTURES } from "../lib/paths";

/**
 * No shared page and no preview may carry a contact detail that the resume did. The details are found here from
 * each PDF's own text layer, with rules written for this test rather than the app's redactor, so a miss in the
 * redactor cannot hide itself.
 */
const FIXTURES = SHARED_RESUME_FIXTURES;
const present = existsSync(FIXTURES);

// The image-only fixture has no text layer to read its details from: they are those of the file it was made from.
const DETAILS_FROM: Record<string, string> = {
  "scanned-image-only-harvey-dent-derived.pdf": "resume-matcher-harvey-dent-mle.pdf",
};

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const PHONE_LIKE = /\+?\(?\+?\d[\d ().-]{5,}\d/g;

/** A run of digits reads as a phone number when it has 7+ digits and a phone's punctuation, not a paper id's. */
function isPhone(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, "");
  if (digits.length < 7 || digits.length > 16) return false;
  if (/^\d{4}\.\d{4,5}$/.test(candidate)) return false;
  return /[+(]/.test(candidate) || /\d[-.]\d/.test(candidate) || /\d \d{3,4} \d/.test(candidate);
}

/** The strings that must not appear: each address, each number, and each number's last two groups on their own. */
function contactNeedles(text: string): string[] {
  const emails = text.match(EMAIL) ?? [];
  const phones = (text.match(PHONE_LIKE) ?? []).map((phone) => phone.trim()).filter(isPhone);
  const tails = phones
    .map((phone) => phone.match(/\d+[ .-]\d+$/)?.[0])
    .filter((tail): tail is string => Boolean(tail && tail.replace(/\D/g, "").length >= 6));
  return [...new Set([...emails, ...emails.map((email) => email.toLowerCase()), ...phones, ...tails])];
}

async function pdfText(file: string): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(readFileSync(file)) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

const test = base.extend<{ share: SharePanel }>({
  share: async ({ page }, use) => {
    await use(new SharePanel(page));
  },
});

const files = present
  ? readdirSync(FIXTURES)
      .filter((file) => file.endsWith(".pdf"))
      .sort()
  : [];
const cases: { name: string; pdf: () => Promise<Buffer>; needles: () => Promise<string[]> }[] = [
  {
    name: "the project's CONTACT_RESUME, as a PDF",
    pdf: () => resumePdf(CONTACT_RESUME),
    needles: async () => [...contactNeedles(CONTACT_RESUME), "linkedin.com/in/jordandoe", "github.com/jordandoe", "221 Baker Street"],
  },
  ...files.map((file) => ({
    name: file,
    pdf: async () => readFileSync(path.join(FIXTURES, file)),
    needles: async () => contactNeedles(await pdfText(path.join(FIXTURES, DETAILS_FROM[file] ?? file))),
  })),
];

test.describe("shared pages carry no contact details", () => {
  if (!present) console.warn(`Skipping the shared fixture resumes: ${FIXTURES} is absent.`);

  for (const { name, pdf, needles } of cases) {
    test(name, async ({ upload, share, request }) => {
      const details = await needles();
      await upload.open();
      await upload.uploadFile(name.endsWith(".pdf") ? name : "resume.pdf", "application/pdf", await pdf());
      // Every fixture, the scanned one included (OCR), must give a report to share.
      await upload.expectReport({ timeout: 60_000 });

      const url = await share.create("share");
      const response = await request.get(url);
      expect(response.status()).toBe(200);
      const html = await response.text();
      expect(html).toContain('property="og:description"');
      for (const detail of details) expect(html, `shared page or preview shows "${detail}"`).not.toContain(detail);
    });
  }
});
