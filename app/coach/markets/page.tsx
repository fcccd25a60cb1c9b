import type { Metadata } from "next";
import { requireCoachPage } from "@/app/_server/coach";
import { APP_ERRORS, errorCodeSchema } from "@/lib/errors";
import { listMarketBuilds } from "@/lib/db/market-builds";
import { getCoachMarketId, listPublicSnapshots } from "@/lib/db/snapshots";
import { BuildMarketForm, ChooseMarketForm, RefreshWhileRunning } from "./market-forms";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "Markets", robots: { index: false, follow: false } };

const count = (n: number) => n.toLocaleString("en-US");
const duplicates = (n: number) => `${count(n)} ${n === 1 ? "duplicate" : "duplicates"} dropped`;

function errorMessage(code: string | null): string {
  const parsed = errorCodeSchema.safeParse(code);
  return parsed.success ? APP_ERRORS[parsed.data].message : APP_ERRORS.internal.message;
}

export default async function MarketsPage() {
  const coach = await requireCoachPage("/coach/markets");
  const [builds, publicSnapshots, chosen] = await Promise.all([
    listMarketBuilds({ coachId: coach.id }),
    listPublicSnapshots(),
    getCoachMarketId({ coachId: coach.id }),
  ]);
  const options = [
    ...builds
      .filter((build) => build.status === "done" && build.snapshotId)
      .map((build) => ({ id: build.snapshotId!, label: `${build.title} (yours, ${count(build.counted)} postings)` })),
    ...publicSnapshots.map((snapshot) => ({ id: snapshot.id, label: `${snapshot.title} (public, ${count(snapshot.postings)} postings)` })),
  ];
  const running = builds.some((build) => build.status === "running");

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Markets</h1>
      <p className="max-w-3xl text-slate-700">
        Measure your clients against the postings you collected: upload them, SkillGap counts the skills each asks for, the salaries they
        state and the levels they hire at, and drops the same posting seen twice. A market is never changed once built; every report keeps
        the market it was measured against.
      </p>
      <ChooseMarketForm options={options} chosen={chosen} />
      <BuildMarketForm />
      <section aria-labelledby="builds-heading" className="space-y-2">
        <h2 id="builds-heading" className="text-xl font-bold">
          Your markets
        </h2>
        <RefreshWhileRunning running={running} />
        {builds.length === 0 ? (
          <p>You have not built a market yet.</p>
        ) : (
          <table className="w-full text-left text-sm">
            <TableHead columns={["Market", "File", "Status"]} />
            <tbody>
              {builds.map((build) => (
                <tr key={build.id} className="border-b border-slate-200" data-market-build={build.status}>
                  <th scope="row" className="p-2 font-semibold">
                    {build.title}
                  </th>
                  <td className="p-2">{build.fileName}</td>
                  <td className="p-2">
                    {build.status === "running" && (
                      <span role="status">
                        Counting: {count(build.counted)} postings so far, {duplicates(build.duplicates)}, {count(build.unreadable)}{" "}
                        unreadable
                      </span>
                    )}
                    {build.status === "done" && (
                      <span>
                        Ready: {count(build.counted)} postings counted ({duplicates(build.duplicates)}, {count(build.unreadable)}{" "}
                        unreadable){chosen === build.snapshotId ? " · your clients' market" : ""}
                      </span>
                    )}
                    {build.status === "failed" && <span className="text-red-800">Failed: {errorMessage(build.errorCode)}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
