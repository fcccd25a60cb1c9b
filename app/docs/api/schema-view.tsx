import { TableHead } from "@/app/_components/table-head";
/** Reading a generated JSON Schema back as a person would: a type in words, and a table of an object's fields. */
export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
  title?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
};

export const schemaAnchor = (name: string) => `schema-${name}`;
const refName = (ref: string) => ref.split("/").at(-1) ?? ref;

/** "string (binary)", "one of: fintech, finance", "array of Evidence", "integer or null"… */
export function TypeLabel({ schema }: { schema: JsonSchema }) {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`#${schemaAnchor(name)}`}>{name}</a>;
  }
  if (schema.anyOf) {
    return (
      <>
        {schema.anyOf.map((option, index) => (
          <span key={index}>
            {index > 0 && " or "}
            <TypeLabel schema={option} />
          </span>
        ))}
      </>
    );
  }
  if (schema.const !== undefined) return <code>{JSON.stringify(schema.const)}</code>;
  if (schema.enum) return <>one of: {schema.enum.map((value) => String(value)).join(", ")}</>;
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  if (types.includes("array") && schema.items) {
    return (
      <>
        array of <TypeLabel schema={schema.items} />
        {types.includes("null") && " or null"}
      </>
    );
  }
  const words = types.join(" or ") || "any";
  const limits = [
    schema.format,
    schema.minLength !== undefined && `at least ${schema.minLength} characters`,
    schema.maxLength !== undefined && `at most ${schema.maxLength.toLocaleString("en-US")} characters`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
  ].filter(Boolean);
  return (
    <>
      {words}
      {limits.length > 0 && ` (${limits.join(", ")})`}
    </>
  );
}

/** An object schema's fields: name, type, whether required, and what it means. */
/** An object's fields, with a nested object's fields listed after it as `parent.child`. */
function flatFields(schema: JsonSchema, prefix = ""): { name: string; field: JsonSchema; required: boolean }[] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).flatMap(([name, field]) => [
    { name: prefix + name, field, required: required.has(name) },
    ...(field.properties ? flatFields(field, `${prefix}${name}.`) : []),
  ]);
}

export function FieldTable({ schema, caption }: { schema: JsonSchema; caption: string }) {
  const fields = flatFields(schema);
  if (fields.length === 0) return null;
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="mb-1 text-left font-semibold">{caption}</caption>
      <TableHead columns={["Field", "Type", "Required", "Meaning"]} className="py-1 pr-3" />
      <tbody>
        {fields.map(({ name, field, required }) => (
          <tr key={name} className="border-b border-slate-200 align-top">
            <th scope="row" className="py-1 pr-3 font-mono font-normal">
              {name}
            </th>
            <td className="py-1 pr-3">
              <TypeLabel schema={field} />
            </td>
            <td className="py-1 pr-3">{required ? "yes" : "no"}</td>
            <td className="py-1">{field.description ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Code to read or copy; it wraps instead of scrolling, so every line is reachable without a mouse. */
export function CodeBlock({ children }: { children: string }) {
  return (
    <pre className="whitespace-pre-wrap break-all rounded border border-slate-200 bg-slate-900 p-3 text-sm text-slate-50">
      <code>{children}</code>
    </pre>
  );
}

/** A description with `code` spans, as the OpenAPI document writes them (CommonMark's backticks). */
export function Prose({ text }: { text: string }) {
  return <>{text.split("`").map((part, index) => (index % 2 === 1 ? <code key={index}>{part}</code> : <span key={index}>{part}</span>))}</>;
}
