import type { Report } from "@/lib/report/schema";

/**
 * Skills the resume names only as goals or negations ("currently learning LangChain"). They are not counted as
 * skills (docs/labeling.md rule 2); listing them shows the candidate SkillGap read the line and why it did not count.
 */
export function AspirationsSection({ report }: { report: Report }) {
  if (report.aspirations.length === 0) return null;
  return (
    <section aria-labelledby="aspirations-heading" className="space-y-2" data-testid="aspirations">
      <h2 id="aspirations-heading" className="text-xl font-bold">
        Goals, not counted as skills ({report.aspirations.length})
      </h2>
      <p className="text-sm text-slate-600">
        These are named as something you are learning or have not used yet, so they are not counted above.
      </p>
      <ul className="space-y-1">
        {report.aspirations.map((aspiration) => (
          <li key={aspiration.id} className="border-l-4 border-slate-300 pl-3 text-sm" data-aspiration={aspiration.id}>
            <span className="font-semibold">{aspiration.name}</span>: <q>{aspiration.text}</q>
          </li>
        ))}
      </ul>
    </section>
  );
}
