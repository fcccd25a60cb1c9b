import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { formatCount, formatPercent } from "@/lib/report/format";
import { practicePagesOf } from "@/lib/report/practice-content";

type Props = { params: Promise<{ area: string }> };

async function findPage(area: string) {
  await connection();
  const snapshot = await getCurrentSnapshot();
  const page = practicePagesOf(snapshot).find((candidate) => candidate.id === area);
  return page?.content ? { page, content: page.content, snapshot } : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await findPage((await params).area);
  return { title: found ? `Practice: ${found.page.title}` : "Practice topic not found" };
}

function List({ id, title, items, ordered = false }: { id: string; title: string; items: string[]; ordered?: boolean }) {
  const Tag = ordered ? "ol" : "ul";
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="text-xl font-bold">
        {title}
      </h2>
      <Tag className={`ml-6 space-y-1 ${ordered ? "list-decimal" : "list-disc"}`} data-testid={id}>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </Tag>
    </section>
  );
}

export default async function PracticeTopicPage({ params }: Props) {
  const found = await findPage((await params).area);
  if (!found) notFound();
  const { page, content, snapshot } = found;
  const areas = snapshot.practiceAreas.areas.length;
  return (
    <article className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm">
          <Link href="/practice" className="text-brand underline">
            All practice topics
          </Link>
        </p>
        <h1 className="text-3xl font-bold">{page.title}</h1>
        <p className="text-sm text-slate-600">
          Study priority {page.priority} of {areas} in the market snapshot.
        </p>
        <p className="max-w-3xl text-lg text-slate-700">{content.summary}</p>
      </header>
      {page.skills.length > 0 && (
        <section aria-labelledby="demand-heading" className="space-y-2">
          <h2 id="demand-heading" className="text-xl font-bold">
            How often postings ask for it
          </h2>
          <ul className="ml-6 list-disc" data-testid="demand">
            {page.skills.map((skill) => (
              <li key={skill.id}>
                {skill.name}: {formatPercent(skill.share)} of postings
                {skill.count !== null && ` (${formatCount(skill.count)} of ${formatCount(snapshot.postings)})`}
              </li>
            ))}
          </ul>
        </section>
      )}
      <List id="probes" title="What interviewers probe" items={content.probes} />
      <List id="questions" title="Practice questions" items={content.questions} ordered />
      <List id="checklist" title="Showing it on your resume" items={content.checklist} />
      <section aria-labelledby="docs-heading" className="space-y-2">
        <h2 id="docs-heading" className="text-xl font-bold">
          Official documentation
        </h2>
        <ul className="ml-6 list-disc" data-testid="docs">
          {content.docs.map((doc) => (
            <li key={doc.url}>
              <a href={doc.url} className="text-brand underline" rel="noopener noreferrer" target="_blank">
                {doc.title}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </article>
  );
}
