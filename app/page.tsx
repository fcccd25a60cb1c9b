import { UploadForm } from "./upload-form";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  return (
    <div className="space-y-8">
      {deleted === "1" && (
        <p role="status" className="rounded border border-green-200 bg-green-50 p-3 text-green-900">
          Your report was deleted, with its links. Nothing of it is kept.
        </p>
      )}
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">Where does your resume stand for AI Engineer roles?</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          SkillGap reads your resume, finds the AI skills it proves — quoting the line that proves each — and places you in a salary tier
          from published job-posting medians. Then it ranks the skills employers ask for that your resume lacks, with a practice topic for
          each.
        </p>
      </section>
      <UploadForm />
    </div>
  );
}
