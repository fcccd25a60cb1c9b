import { TARGET_COUNTRIES, TARGET_INDUSTRIES } from "@/lib/report/target";

const SELECT = "block w-full rounded border border-slate-300 bg-white p-2 text-sm";

function MarketSelect({
  id,
  label,
  empty,
  options,
  value,
}: {
  id: "industry" | "country";
  label: string;
  empty: string;
  options: readonly { id: string; name: string }[];
  value?: string;
}) {
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      <select id={id} name={id} defaultValue={value ?? ""} className={SELECT} aria-describedby="market-hint">
        <option value="">{empty}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * The upload form's optional inputs: a target market, a job posting, and (when uploading a new version) the report
 * it replaces. Server-safe markup, so the client form only has to place it.
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
  const marketError = errors?.industry?.[0] ?? errors?.country?.[0];
  const postingError = errors?.posting?.[0];
  return (
    <>
      {previousReportId && <input type="hidden" name="previousId" value={previousReportId} />}
      <fieldset className="space-y-2">
        <legend className="font-semibold">Target market (optional)</legend>
        <p id="market-hint" className="text-sm text-slate-600">
          The report adds the snapshot&apos;s figures for the industry and country you choose.
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          <MarketSelect id="industry" label="Industry" empty="Any industry" options={TARGET_INDUSTRIES} value={industry} />
          <MarketSelect id="country" label="Country" empty="Any country" options={TARGET_COUNTRIES} value={country} />
        </div>
        {marketError && <p className="text-sm text-red-800">{marketError}</p>}
      </fieldset>
      <details open={Boolean(postingError)}>
        <summary className="cursor-pointer text-sm font-semibold text-brand">Compare with a job posting (optional)</summary>
        <div className="mt-2 space-y-1">
          <label htmlFor="upload-posting" className="block text-sm font-medium">
            Job posting text
          </label>
          <textarea
            id="upload-posting"
            name="posting"
            rows={5}
            aria-describedby={postingError ? "upload-posting-error" : undefined}
            className="block w-full rounded border border-slate-300 p-2 text-sm"
          />
          {postingError && (
            <p id="upload-posting-error" className="text-sm text-red-800">
              {postingError}
            </p>
          )}
        </div>
      </details>
    </>
  );
}
