import Ajv2020Module from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import type { OpenApiDocument } from "./openapi";

// Both packages are CommonJS: under ESM the class is the default export's `default`.
const Ajv2020 = (Ajv2020Module as unknown as { default: typeof Ajv2020Module }).default ?? Ajv2020Module;
const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;

const DOCUMENT_ID = "https://skillgap.invalid/api/v1/openapi.json";

/**
 * For tests: checks JSON against a schema of the OpenAPI document, the way a client generated from the document
 * would. Strict: a schema keyword ajv does not know fails, so the document stays plain JSON Schema 2020-12.
 */
export function openApiValidator(document: OpenApiDocument) {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  // "binary" marks a file part in a multipart body; it says nothing about a JSON value.
  ajv.addFormat("binary", true);
  ajv.addVocabulary(["openapi", "jsonSchemaDialect", "info", "servers", "paths", "components", "x-codeSamples"]);
  ajv.addSchema(document, DOCUMENT_ID);
  return (schemaName: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`${DOCUMENT_ID}#/components/schemas/${schemaName}`);
    if (!validate) throw new Error(`No schema ${schemaName} in the OpenAPI document`);
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath || "/"} ${error.message}`);
  };
}
