import { TARGET_COUNTRIES, TARGET_INDUSTRIES } from "@/lib/report/target";

const SELECT = "block w-full rounded border border-slate-300 bg-white p-2 text-sm";

/**
 * The upload form's optional inputs: a target market, and (when uploading a new version) the report it replaces.
 * Server-safe markup, so the client form only has to place it.
 */
export function ReportInputsFields({
  previousReportId,
  industry,
  country,
  errors,
}: {
  previousReportId?: string;
  industry?: string;
  country?: string;
  errors?: Record<string, string[] | undefined>;
}) {
  const error = errors?.industry?.[0] ?? errors?.country?.[0];
  return (
    <fieldset className="space-y-2">
      {previousReportId && <input type="hidden" name="previousId" value={previousReportId} />}
      <legend className="font-semibold">Target market (optional)</legend>
      <p id="market-hint" className="text-sm text-slate-600">
        The report adds the snapshot&apos;s figures for the industry and country you choose.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="industry" className="block text-sm font-medium">
            Industry
          </label>
          <select id="industry" name="industry" defaultValue={industry ?? ""} className={SELECT} aria-describedby="market-hint">
            <option value="">Any industry</option>
            {TARGET_INDUSTRIES.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="country" className="block text-sm font-medium">
            Country
          </label>
          <select id="country" name="country" defaultValue={country ?? ""} className={SELECT} aria-describedby="market-hint">
            <option value="">Any country</option>
            {TARGET_COUNTRIES.map((option) => (
              <option key={option.id} value={option.id}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {error && <p className="text-sm text-red-800">{error}</p>}
    </fieldset>
  );
}
