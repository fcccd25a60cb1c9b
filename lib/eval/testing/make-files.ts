import JSZip from "jszip";
import { PDFDocument, StandardFonts } from "pdf-lib";

/**
 * Real files made on the fly for tests and the fuzzer: a text PDF, a Word document, an encrypted PDF and other
 * shapes of input a candidate (or an attacker) may upload. Nothing here is a stand-in for a parser.
 */
export async function textPdf(text: string, pages = 1): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([612, 792]);
    for (const [i, line] of text.split("\n").entries()) page.drawText(line, { x: 50, y: 740 - i * 12, size: 10, font });
  }
  return pdf.save();
}

/** A PDF with pages but no text at all: what a scanner without OCR produces, minus the image. */
export async function blankPdf(pages = 1): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  for (let p = 0; p < pages; p++) pdf.addPage([612, 792]);
  return pdf.save();
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const RELS =
  '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A minimal, valid Word document with one paragraph per line; `extra` adds parts (e.g. a bomb). */
export async function docxOf(text: string, extra: Record<string, string | Uint8Array> = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file("[Content_Types].xml", CONTENT_TYPES);
  zip.file("_rels/.rels", RELS);
  const body = text
    .split("\n")
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join("");
  zip.file(
    "word/document.xml",
    `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  );
  for (const [name, content] of Object.entries(extra)) zip.file(name, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE", compressionOptions: { level: 9 } });
}

/** A DOCX carrying a part of `megabytes` zeros: tiny when packed, huge when unpacked. */
export function zipBombDocx(text: string, megabytes: number): Promise<Uint8Array> {
  return docxOf(text, { "word/media/padding.bin": new Uint8Array(megabytes * 1024 * 1024) });
}

/**
 * A PDF protected by a user password (standard security handler, RC4 40-bit). The /O and /U entries are made
 * from a password nobody knows, so pdf.js must ask for one, exactly as with a real protected export.
 */
export function encryptedPdf(): Uint8Array {
  const hex = (seed: number) => Array.from({ length: 32 }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, "0")).join("");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
    "<< /Length 16 >>\nstream\n0123456789abcdef\nendstream",
    `<< /Filter /Standard /V 1 /R 2 /O <${hex(11)}> /U <${hex(97)}> /P -44 >>`,
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<${hex(3).slice(0, 32)}> <${hex(3).slice(0, 32)}>] >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
