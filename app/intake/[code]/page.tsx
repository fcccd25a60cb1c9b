import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { UploadForm } from "@/app/upload-form";
import { getCoachByIntakeCode } from "@/lib/db/coaches";
import { isWellFormedToken } from "@/lib/tokens";
import { CLIENT_LABEL_MAX } from "../assignment";

export const metadata: Metadata = { title: "Upload for your coach", robots: { index: false, follow: false } };

/** A coach's intake link: the same upload, assigned to the coach once the candidate has agreed to it. */
export default async function IntakePage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  if (!isWellFormedToken(code)) notFound();
  const coach = await getCoachByIntakeCode({ intakeCode: code });
  if (!coach) notFound();

  return (
    <div className="space-y-6">
      <section className="space-y-2">
        <h1 className="text-3xl font-bold">Upload your resume for {coach.name}</h1>
        <p className="max-w-2xl text-slate-700">
          SkillGap finds the AI skills your resume proves, places you in a salary tier and ranks what to learn next. Through this link, your
          coach sees the report too.
        </p>
      </section>
      <UploadForm>
        <input type="hidden" name="intakeCode" value={code} />
        <div className="space-y-2">
          <label htmlFor="clientLabel" className="block font-semibold">
            Your name or a nickname for your coach (optional)
          </label>
          <input
            id="clientLabel"
            name="clientLabel"
            maxLength={CLIENT_LABEL_MAX}
            autoComplete="off"
            className="block w-full rounded border border-slate-300 p-2"
          />
        </div>
        <div className="flex items-start gap-3 rounded border border-amber-200 bg-amber-50 p-3">
          <input id="consent" name="consent" type="checkbox" value="yes" required className="mt-1 h-4 w-4" />
          <label htmlFor="consent">
            I agree that this report will be visible to my coach, <strong>{coach.name}</strong>. I can detach it from the report page at any
            time.
          </label>
        </div>
      </UploadForm>
    </div>
  );
}
