import Link from "next/link";
import { listApiKeysForCoach } from "@/lib/db/api-keys";
import { CreateApiKeyForm, RevokeApiKeyForm } from "./api-key-forms";

const when = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });
const at = (date: Date) => `${when.format(date)} UTC`;

/** The coach's API keys: make one (shown once), see when each was last used, revoke. */
export async function ApiKeysSection({ coachId }: { coachId: string }) {
  const keys = await listApiKeysForCoach({ coachId });
  return (
    <section aria-labelledby="api-keys-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <h2 id="api-keys-heading" className="text-xl font-bold">
        API keys
      </h2>
      <p className="text-sm text-slate-700">
        With a key, another system (your CRM, a script) can save a client&apos;s report straight into your workspace:{" "}
        <code>POST /api/v1/reports</code> with <code>Authorization: Bearer &lt;key&gt;</code>. See the{" "}
        <Link href="/docs/api" className="font-semibold text-brand underline">
          API documentation
        </Link>
        .
      </p>
      <CreateApiKeyForm />
      {keys.length === 0 ? (
        <p className="text-sm text-slate-700">You have no API keys yet.</p>
      ) : (
        <ul aria-label="Your API keys" className="divide-y divide-slate-200">
          {keys.map((key) => (
            <li key={key.id} className="space-y-1 py-3" data-api-key={key.prefix}>
              <p className="font-semibold">{key.name}</p>
              <p className="text-sm text-slate-700">
                <span className="font-mono">{key.prefix}…</span> · made {at(key.createdAt)}
              </p>
              <p className="text-sm text-slate-700">{key.lastUsedAt ? `Last used ${at(key.lastUsedAt)}` : "Never used"}</p>
              {key.revokedAt ? (
                <p className="text-sm font-semibold text-slate-700">Revoked {at(key.revokedAt)}</p>
              ) : (
                <RevokeApiKeyForm keyId={key.id} name={key.name} />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
