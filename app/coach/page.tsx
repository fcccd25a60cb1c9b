import type { Metadata } from "next";
import Link from "next/link";
import { requireCoachPage } from "@/app/_server/coach";
import { dashboardSearch, parseDashboardQuery } from "@/lib/coach/dashboard-query";
import { listReportsForCoach } from "@/lib/db/coach-reports";
import { getCoachProfile } from "@/lib/db/coaches";
import { getCurrentSnapshot } from "@/lib/db/snapshots";
import { env } from "@/lib/env";
import { DashboardFilters } from "./dashboard-filters";
import { DashboardTable } from "./dashboard-table";
import { IntakeCard } from "./intake-card";

export const metadata: Metadata = { title: "Your clients", robots: { index: false, follow: false } };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CoachDashboard({ searchParams }: { searchParams: SearchParams }) {
  const coach = await requireCoachPage("/coach");
  const query = parseDashboardQuery(await searchParams);
  const [profile, page, snapshot] = await Promise.all([
    getCoachProfile({ coachId: coach.id }),
    listReportsForCoach({ coachId: coach.id, query }),
    getCurrentSnapshot(),
  ]);
  const tiers = snapshot.salary.tiers.map((tier) => ({ id: tier.id, label: tier.label }));
  const filters = { ...query, cursor: undefined };

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Your clients</h1>
      {profile?.intakeCode && <IntakeCard url={`${env.APP_URL}/intake/${profile.intakeCode}`} />}
      {/* Keyed by the query so that "Clear" and back/forward show the filters of the page, not the last typed ones. */}
      <DashboardFilters key={dashboardSearch(filters)} query={query} tiers={tiers} />
      <div className="flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-slate-600">
          {query.versions === "latest" ? "Latest version of each report." : "All versions."}
          {query.cursor && (
            <>
              {" "}
              <Link href={`/coach${dashboardSearch(filters)}`} className="text-brand underline">
                Back to the first page
              </Link>
            </>
          )}
        </p>
        <span className="flex gap-4">
          <Link href="/coach/import" className="text-sm font-semibold text-brand underline">
            Import resumes
          </Link>
          <a href={`/coach/export${dashboardSearch(filters)}`} className="text-sm font-semibold text-brand underline" download>
            Export CSV
          </a>
        </span>
      </div>
      <DashboardTable rows={page.rows} />
      {page.nextCursor && (
        <nav aria-label="Pages">
          <Link href={`/coach${dashboardSearch({ ...query, cursor: page.nextCursor })}`} className="text-brand underline">
            Next page
          </Link>
        </nav>
      )}
    </div>
  );
}
