import Link from "next/link";
import type { Report } from "@/lib/report/schema";
import { formatPercent } from "@/lib/report/format";
import { Section } from "./section";
import { TableHead } from "@/app/_components/table-head";

const LEVEL = { required: "required", preferred: "preferred" } as const;

/** One job posting's skills beside the resume's, with the market share of each for perspective. */
export function PostingSection({ report }: { report: Report }) {
  const posting = report.posting;
  if (!posting) return null;
  const lacking = posting.skills.filter((skill) => !skill.shown);
  const shown = posting.skills.filter((skill) => skill.shown);
  const required = posting.skills.filter((skill) => skill.level === "required");
  return (
    <Section id="posting" title="Against the job posting you pasted">
      {posting.skills.length === 0 ? (
        <p>SkillGap found none of the market&apos;s AI skills in this posting.</p>
      ) : (
        <>
          <p data-testid="posting-summary">
            The posting asks for {posting.skills.length} of the skills SkillGap knows; your resume shows {shown.length} and lacks{" "}
            {lacking.length}.
            {required.length > 0 &&
              ` Of the ${required.length} it requires, your resume shows ${required.filter((skill) => skill.shown).length}.`}
          </p>
          <table className="report-table print-hide-column w-full border-collapse text-left text-sm" data-testid="posting-table">
            <caption className="sr-only">Skills the posting asks for, and whether your resume shows them</caption>
            <TableHead columns={["Skill the posting asks for", "Your resume", "Share of all postings", "Practice"]} className={null} />
            <tbody>
              {posting.skills.map((skill) => (
                <tr key={skill.id} data-posting-skill={skill.id} data-shown={skill.shown}>
                  <th scope="row">
                    {skill.name}
                    {skill.level && <span className="text-slate-600"> ({LEVEL[skill.level]})</span>}
                  </th>
                  <td className={`font-semibold ${skill.shown ? "text-found" : "text-missing"}`}>
                    {skill.shown ? "shows it" : "lacks it"}
                  </td>
                  <td>{skill.share === null ? "not in the snapshot" : formatPercent(skill.share)}</td>
                  <td>
                    {!skill.shown && skill.practice && (
                      <Link href={`/practice/${skill.practice.id}`} className="text-brand underline">
                        {skill.practice.title}
                        <span className="sr-only"> (for {skill.name})</span>
                      </Link>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Section>
  );
}
