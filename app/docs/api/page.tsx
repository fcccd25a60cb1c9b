import type { Metadata } from "next";
import { connection } from "next/server";
import { openApiDocument } from "@/app/api/v1/_lib/openapi";
import { env } from "@/lib/env";
import { APP_ERRORS, type ErrorCode } from "@/lib/errors";
import { CodeBlock, FieldTable, type JsonSchema, Prose, schemaAnchor, TypeLabel } from "./schema-view";
import { TableHead } from "@/app/_components/table-head";

export const metadata: Metadata = { title: "HTTP API" };

type Operation = {
  operationId: string;
  summary: string;
  description?: string;
  security?: unknown[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema?: JsonSchema }> }>;
  "x-codeSamples": { label: string; source: string }[];
};

const MEDIA_LABEL: Record<string, string> = { "application/json": "JSON body", "multipart/form-data": "Multipart form" };

/** The API's reference, rendered on the server from the same OpenAPI document /api/v1/openapi.json serves. */
export default async function ApiDocsPage() {
  // The examples carry this server's public origin, which is configuration read at run time.
  await connection();
  const document = openApiDocument(env.APP_URL);
  const schemas = document.components.schemas as Record<string, JsonSchema>;
  const operations = Object.entries(document.paths).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, Operation>).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  return (
    <div className="space-y-10">
      <header className="space-y-3">
        <h1 className="text-3xl font-bold">SkillGap HTTP API</h1>
        <p className="max-w-2xl text-slate-700">
          <Prose text={document.info.description} />
        </p>
        <p className="text-slate-700">
          Base address: <code>{env.APP_URL}</code>. Machine-readable:{" "}
          <a href="/api/v1/openapi.json" className="font-semibold text-brand underline">
            OpenAPI 3.1 document
          </a>
          .
        </p>
        <nav aria-label="On this page">
          <ul className="list-disc space-y-1 pl-6">
            {operations.map(({ path, method, operation }) => (
              <li key={operation.operationId}>
                <a href={`#${operation.operationId}`} className="text-brand underline">
                  {method} {path}
                </a>{" "}
                — {operation.summary}
              </li>
            ))}
            <li>
              <a href="#errors" className="text-brand underline">
                Error codes
              </a>
            </li>
            <li>
              <a href="#schemas" className="text-brand underline">
                Schemas
              </a>
            </li>
          </ul>
        </nav>
      </header>

      {operations.map(({ path, method, operation }) => (
        <section
          key={operation.operationId}
          id={operation.operationId}
          aria-labelledby={`${operation.operationId}-h`}
          className="space-y-4"
        >
          <h2 id={`${operation.operationId}-h`} className="text-2xl font-bold">
            <code>
              {method} {path}
            </code>
          </h2>
          <p className="font-semibold">{operation.summary}</p>
          {operation.description && (
            <p className="max-w-2xl text-slate-700">
              <Prose text={operation.description} />
            </p>
          )}
          {operation.security && (
            <p>
              Needs a coach&apos;s API key: <code>Authorization: Bearer sgk_…</code> (made on the coach&apos;s account page).
            </p>
          )}
          {Object.entries(operation.requestBody?.content ?? {}).map(([media, { schema }]) => {
            const name = schema.$ref?.split("/").at(-1) ?? "";
            return (
              <FieldTable
                key={media}
                schema={schemas[name] ?? schema}
                caption={`${MEDIA_LABEL[media] ?? media} (${media}, schema ${name})${schemas[name]?.description ? `: ${schemas[name].description}` : ""}`}
              />
            );
          })}
          <table className="w-full border-collapse text-left text-sm">
            <caption className="mb-1 text-left font-semibold">Responses</caption>
            <TableHead columns={["Status", "Body", "When"]} className="py-1 pr-3" />
            <tbody>
              {Object.entries(operation.responses).map(([status, response]) => {
                const schema = response.content?.["application/json"]?.schema;
                return (
                  <tr key={status} className="border-b border-slate-200 align-top">
                    <th scope="row" className="py-1 pr-3 font-mono">
                      {status}
                    </th>
                    <td className="py-1 pr-3">{schema ? <TypeLabel schema={schema} /> : "JSON"}</td>
                    <td className="whitespace-pre-line py-1">
                      <Prose text={response.description} />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {operation["x-codeSamples"].map((sample) => (
            <div key={sample.label} className="space-y-1">
              <p className="text-sm font-semibold">Example with curl: {sample.label.toLowerCase()}</p>
              <CodeBlock>{sample.source}</CodeBlock>
            </div>
          ))}
        </section>
      ))}

      <section id="errors" aria-labelledby="errors-h" className="space-y-3">
        <h2 id="errors-h" className="text-2xl font-bold">
          Error codes
        </h2>
        <p className="max-w-2xl text-slate-700">
          Every failure answers with its HTTP status and <code>{'{ "error": { "code": "…", "message": "…" } }'}</code>. The code is stable;
          the message says what to do and may be more precise than the sentence below.
        </p>
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Error codes, their HTTP status and meaning</caption>
          <TableHead columns={["Code", "Status", "Meaning"]} className="py-1 pr-3" />
          <tbody>
            {(Object.entries(APP_ERRORS) as [ErrorCode, (typeof APP_ERRORS)[ErrorCode]][]).map(([code, { status, message }]) => (
              <tr key={code} className="border-b border-slate-200 align-top" data-error-code={code}>
                <th scope="row" className="py-1 pr-3 font-mono font-normal">
                  {code}
                </th>
                <td className="py-1 pr-3">{status}</td>
                <td className="py-1">{message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section id="schemas" aria-labelledby="schemas-h" className="space-y-6">
        <h2 id="schemas-h" className="text-2xl font-bold">
          Schemas
        </h2>
        {Object.entries(schemas).map(([name, schema]) => (
          <div key={name} id={schemaAnchor(name)} className="space-y-2">
            <h3 className="text-lg font-bold">{name}</h3>
            {schema.description && <p className="text-slate-700">{schema.description}</p>}
            <FieldTable schema={schema} caption={`Fields of ${name}`} />
            <details>
              <summary className="cursor-pointer text-sm font-semibold text-brand">JSON Schema of {name}</summary>
              <CodeBlock>{JSON.stringify(schema, null, 2)}</CodeBlock>
            </details>
          </div>
        ))}
      </section>
    </div>
  );
}
