import { listPublicSnapshots } from "@/lib/db/snapshots";
import { DeletedNotice } from "./_components/deleted-notice";
import { UploadForm } from "./upload-form";

export default async function HomePage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const { deleted } = await searchParams;
  const markets = await listPublicSnapshots();
  return (
    <div className="space-y-8">
      <DeletedNotice shown={deleted === "1"} />
      <section className="space-y-3">
        <h1 className="text-3xl font-bold">Where does your resume stand for AI Engineer roles?</h1>
        <p className="max-w-2xl text-lg text-slate-700">
          SkillGap reads your resume, finds the AI skills it proves — quoting the line that proves each — and places you in a salary tier
          from published job-posting medians. Then it ranks the skills employers ask for that your resume lacks, with a practice topic for
          each.
        </p>
      </section>
      <UploadForm markets={markets.map(({ id, title, postings }) => ({ id, title, postings }))} />
    </div>
  );
}
