import Link from "next/link";
import type { DashboardQuery } from "@/lib/coach/dashboard-query";
import { seniorityLevelSchema } from "@/lib/report/seniority";

const select = "rounded border border-slate-300 bg-white p-2";

/** A plain GET form: every filter lives in the URL, so a view can be bookmarked, shared with oneself, exported. */
export function DashboardFilters({ query, tiers }: { query: DashboardQuery; tiers: { id: string; label: string }[] }) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: role="search" on a GET form is the landmark; not every screen reader reads <search>.
    <form
      method="get"
      action="/coach"
      role="search"
      aria-label="Filter clients"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 bg-white p-4"
    >
      <div className="space-y-1">
        <label htmlFor="q" className="block text-sm font-semibold">
          Search by client
        </label>
        <input id="q" name="q" type="search" defaultValue={query.q ?? ""} maxLength={80} className="rounded border border-slate-300 p-2" />
      </div>
      <div className="space-y-1">
        <label htmlFor="sort" className="block text-sm font-semibold">
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={query.sort} className={select}>
          <option value="date">Date</option>
          <option value="coverage">Coverage</option>
          <option value="tier">Tier</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="dir" className="block text-sm font-semibold">
          Order
        </label>
        <select id="dir" name="dir" defaultValue={query.dir} className={select}>
          <option value="desc">Highest / newest first</option>
          <option value="asc">Lowest / oldest first</option>
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="tier" className="block text-sm font-semibold">
          Tier
        </label>
        <select id="tier" name="tier" defaultValue={query.tier ?? ""} className={select}>
          <option value="">All tiers</option>
          {tiers.map((tier) => (
            <option key={tier.id} value={tier.id}>
              {tier.label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="level" className="block text-sm font-semibold">
          Level
        </label>
        <select id="level" name="level" defaultValue={query.level ?? ""} className={select}>
          <option value="">All levels</option>
          {seniorityLevelSchema.options.map((level) => (
            <option key={level} value={level}>
              {level}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-2 pb-2">
        <input id="versions" name="versions" type="checkbox" value="all" defaultChecked={query.versions === "all"} className="h-4 w-4" />
        <label htmlFor="versions" className="text-sm">
          Include earlier versions
        </label>
      </div>
      <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-white">
        Apply
      </button>
      <Link href="/coach" className="pb-2 text-sm text-brand underline">
        Clear
      </Link>
    </form>
  );
}
