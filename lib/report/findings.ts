import { SECTION_LABELS, type SectionKind } from "../skills/sections";
import type { Readability } from "../resume/schema";

export type FindingStatus = "good" | "check";

export interface ReadabilityFinding {
  id: "text" | "columns" | "sections" | "characters" | "contacts";
  title: string;
  status: FindingStatus;
  /** What SkillGap saw, in one sentence. */
  detail: string;
  /** One line of advice. */
  advice: string;
}

const CORE_SECTIONS = ["experience", "education", "skills"] as const;

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * What a screening system meets when it reads this resume, as findings with one line of advice each. Derived only
 * from what reading the file measured (`readability`) and the section headings the matcher found.
 */
export function readabilityFindings(readability: Readability, sections: readonly SectionKind[]): ReadabilityFinding[] {
  const findings: ReadabilityFinding[] = [];
  const { source, method } = readability;

  if (method === "ocr") {
    findings.push({
      id: "text",
      title: "Read by OCR",
      status: "check",
      detail: `This PDF has no text layer, so SkillGap recognised the text in its page images (${plural(readability.pages ?? 1, "page")}).`,
      advice: "Many screening systems do not run OCR: export your resume as a text PDF or DOCX from your editor.",
    });
  } else {
    findings.push({
      id: "text",
      title: source === "pdf" ? "Text layer present" : source === "docx" ? "Word document text" : "Plain text",
      status: "good",
      detail:
        source === "pdf" ? `The PDF carries its own text on ${plural(readability.pages ?? 1, "page")}.` : "The text was read directly.",
      advice: "Keep exporting this way: a screening system can read every word.",
    });
  }

  findings.push(
    readability.columns > 1
      ? {
          id: "columns",
          title: `${readability.columns} columns detected`,
          status: "check",
          detail: "SkillGap read the columns one after the other; simpler systems read straight across and mix them.",
          advice: "A one-column layout is the safest for screening systems.",
        }
      : {
          id: "columns",
          title: "One column",
          status: "good",
          detail: "The text reads top to bottom in one column.",
          advice: "No change needed.",
        },
  );

  const found = sections.filter((kind) => kind !== "other").map((kind) => SECTION_LABELS[kind]);
  const missing = CORE_SECTIONS.filter((kind) => !sections.includes(kind)).map((kind) => SECTION_LABELS[kind]);
  findings.push({
    id: "sections",
    title: missing.length === 0 ? "Standard sections found" : `Missing: ${missing.join(", ")}`,
    status: missing.length === 0 ? "good" : "check",
    detail: found.length > 0 ? `Sections found: ${[...new Set(found)].join(", ")}.` : "No standard section headings were found.",
    advice:
      missing.length === 0
        ? "Keep standard headings: screening systems use them to find your experience."
        : `Use plain headings such as "${missing[0]}" so screening systems can place your content.`,
  });

  const unreadable = readability.unreadableChars;
  const repaired = readability.ligaturesRepaired ?? 0;
  findings.push({
    id: "characters",
    title: unreadable + repaired === 0 ? "Every character readable" : "Characters that could not be read",
    status: unreadable + repaired === 0 ? "good" : "check",
    detail:
      unreadable + repaired === 0
        ? "No icon glyphs or unmapped characters."
        : `${[
            unreadable > 0 ? `${plural(unreadable, "icon or symbol character")} carried no text` : "",
            repaired > 0 ? `${plural(repaired, "word")} had "fi"/"fl" letters missing from the PDF, restored by SkillGap` : "",
          ]
            .filter(Boolean)
            .join("; ")}.`,
    advice:
      unreadable + repaired === 0
        ? "No change needed."
        : 'Replace icons with words ("Email:", "Phone:") and export with a standard font so every letter is text.',
  });

  const contacts = readability.contactDetailsRemoved;
  const kinds = [
    plural(contacts.emails, "email"),
    plural(contacts.phones, "phone number"),
    plural(contacts.addresses, "street address", "street addresses"),
    plural(contacts.urls, "profile link"),
  ].filter((text) => !text.startsWith("0 "));
  findings.push({
    id: "contacts",
    title: kinds.length > 0 ? "Contact details present" : "No contact details found",
    status: contacts.emails + contacts.phones > 0 ? "good" : "check",
    detail:
      kinds.length > 0
        ? `The original shows ${kinds.join(", ")}. SkillGap removed them before saving this report.`
        : "SkillGap found no email address or phone number in the text.",
    advice:
      contacts.emails + contacts.phones > 0
        ? "Recruiters need these: keep them as plain text at the top, not in an image or a page header."
        : "Put your email and phone as plain text at the top, or a screening system cannot contact you.",
  });
  return findings;
}
