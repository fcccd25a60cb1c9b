import Link from "next/link";
import type { DashboardQuery } from "@/lib/coach/dashboard-query";
import { seniorityLevelSchema } from "@/lib/report/seniority";

const select = "rounded border border-slate-300 bg-white p-2";

/** One labelled drop-down of the filter form; `options` are [value, text] pairs, in order. */
function SelectFilter({ name, label, value, options }: { name: string; label: string; value: string; options: [string, string][] }) {
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-semibold">
        {label}
      </label>
      <select id={name} name={name} defaultValue={value} className={select}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}

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
      <SelectFilter
        name="sort"
        label="Sort by"
        value={query.sort}
        options={[
          ["date", "Date"],
          ["coverage", "Coverage"],
          ["tier", "Tier"],
        ]}
      />
      <SelectFilter
        name="dir"
        label="Order"
        value={query.dir}
        options={[
          ["desc", "Highest / newest first"],
          ["asc", "Lowest / oldest first"],
        ]}
      />
      <SelectFilter
        name="tier"
        label="Tier"
        value={query.tier ?? ""}
        options={[["", "All tiers"], ...tiers.map((tier): [string, string] => [tier.id, tier.label])]}
      />
      <SelectFilter
        name="level"
        label="Level"
        value={query.level ?? ""}
        options={[["", "All levels"], ...seniorityLevelSchema.options.map((level): [string, string] => [level, level])]}
      />
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
