import { formatPercent, formatUsd } from "../report/format";
import type { Report } from "../report/schema";
import { removeContactDetails } from "../resume/contacts";

/**
 * The report as a stranger with a share link may read it. Stored text has contact details removed already; the
 * scrub runs again over every quoted line so a detail the reader missed at upload time (or one saved before a
 * better rule existed) still never reaches a shared page.
 */
export function toSharedReport(report: Report): Report {
  const scrub = (text: string) => removeContactDetails(text).text;
  return {
    ...report,
    skills: report.skills.map((skill) => ({
      ...skill,
      evidence: skill.evidence.map((evidence) => ({ ...evidence, text: scrub(evidence.text) })),
      matched: skill.matched.map(scrub),
    })),
    aspirations: report.aspirations.map((aspiration) => ({ ...aspiration, text: scrub(aspiration.text) })),
  };
}

/** The one-line summary a link preview shows: tier and coverage, nothing that identifies the candidate. */
export function shareSummary(report: Report): string {
  return `Salary tier: ${report.tier.label} (median ${formatUsd(report.tier.medianUsd, report.tier.currency)}) · Market coverage ${formatPercent(report.coverage.score)}`;
}

/** The preview's title, with the owner's chosen name only when they opted to show it. */
export function shareTitle(displayName: string | null): string {
  return displayName ? `${displayName}'s SkillGap report` : "A SkillGap report";
}

/**
 * Text safe to draw in the preview image with the fonts shipped in assets/fonts. The image renderer fetches a
 * web font for any glyph those fonts lack, and nothing may be fetched at run time, so other characters become "?".
 */
export function toDrawableText(text: string): string {
  return text.replace(/[^\u0020-\u007E\u00A0-\u024F\u2013\u2014\u2018\u2019\u201C\u201D\u2022\u2026]/gu, "?");
}
