import { z } from "zod";
import { APP_ERRORS, type ErrorCode, READ_ERROR_CODES } from "@/lib/errors";
import { curlExamples, EXAMPLE_BODIES } from "./examples";
import {
  analyzeJsonSchema,
  analyzeMultipartSchema,
  postingAnalysisSchema,
  postingJsonSchema,
  postingMultipartSchema,
  reportSchema,
  savedReportSchema,
  saveReportJsonSchema,
  saveReportMultipartSchema,
} from "./schemas";

/**
 * The OpenAPI 3.1 document of the HTTP API, generated from the zod schemas the routes parse with (zod's JSON Schema
 * output, draft 2020-12, which is OpenAPI 3.1's schema dialect). Requests are described as zod accepts them, answers
 * as the routes produce them (closed objects).
 */
type JsonSchema = Record<string, unknown>;

function schemaOf(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _dialect, ...json } = z.toJSONSchema(schema, { io, target: "draft-2020-12", unrepresentable: "throw" });
  return json;
}

/** The codes each operation can answer with; reading a resume can end in any read error but "cancelled". */
const READ_CODES: ErrorCode[] = READ_ERROR_CODES.filter((code) => code !== "cancelled");
export const OPERATION_ERRORS = {
  analyze: ["invalid-input", ...READ_CODES, "rate-limited", "internal"],
  posting: ["invalid-input", ...READ_CODES, "rate-limited", "internal"],
  saveReport: ["invalid-input", "unauthorized", ...READ_CODES, "rate-limited", "internal"],
} as const satisfies Record<string, ErrorCode[]>;

/** One error schema per status, whose `code` can only be a code of that status. */
function errorComponent(status: number): JsonSchema {
  const codes = (Object.keys(APP_ERRORS) as ErrorCode[]).filter((code) => APP_ERRORS[code].status === status);
  const schema = z
    .object({
      error: z.object({
        code: z.enum(codes as [ErrorCode, ...ErrorCode[]]),
        message: z.string().describe("What happened and what to do, for a person to read."),
      }),
    })
    .meta({ title: `Error${status}` });
  return schemaOf(schema, "output");
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

function errorResponses(codes: readonly ErrorCode[]) {
  const byStatus = new Map<number, ErrorCode[]>();
  for (const code of codes) byStatus.set(APP_ERRORS[code].status, [...(byStatus.get(APP_ERRORS[code].status) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, list]) => [
      String(status),
      {
        description: list.map((code) => `\`${code}\`: ${APP_ERRORS[code].message}`).join("\n\n"),
        content: { "application/json": { schema: ref(`Error${status}`) } },
      },
    ]),
  );
}

const json = (name: string, example?: unknown) => ({ "application/json": { schema: ref(name), ...(example ? { example } : {}) } });

export function openApiDocument(origin: string) {
  const curl = curlExamples(origin);
  const statuses = [...new Set(Object.values(OPERATION_ERRORS).flatMap((codes) => codes.map((code) => APP_ERRORS[code].status)))].sort();
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "SkillGap API",
      version: "1.0.0",
      description:
        "Analyze an AI Engineer resume against the job market, read the skills a job posting asks for, and save reports into a coach's workspace. " +
        "Every failure is `{ error: { code, message } }`: the code is stable, the message says what to do. " +
        "Requests count against the upload limit of the caller's network address (or, with a key, of the key).",
    },
    servers: [{ url: origin }],
    paths: {
      "/api/v1/analyze": {
        post: {
          operationId: "analyzeResume",
          summary: "Analyze a resume",
          description:
            "Reads a resume (JSON text, or a PDF, DOCX or text file as multipart form data) and returns its report: skills with evidence, salary tier, level, market coverage and missing skills. Nothing is stored.",
          requestBody: {
            required: true,
            content: { ...json("AnalyzeRequest", EXAMPLE_BODIES.analyze), "multipart/form-data": { schema: ref("AnalyzeForm") } },
          },
          responses: {
            "200": { description: "The report.", content: json("Report") },
            ...errorResponses(OPERATION_ERRORS.analyze),
          },
          "x-codeSamples": [
            { lang: "curl", label: "JSON text", source: curl.analyzeText },
            { lang: "curl", label: "A file", source: curl.analyzeFile },
          ],
        },
      },
      "/api/v1/postings/analyze": {
        post: {
          operationId: "analyzePosting",
          summary: "Read a job posting",
          description:
            "Returns the skills a job posting asks for, each required or preferred (a skill under a heading such as Nice to have, or on a line saying it is a plus, is preferred). Nothing is stored.",
          requestBody: {
            required: true,
            content: { ...json("PostingRequest", EXAMPLE_BODIES.posting), "multipart/form-data": { schema: ref("PostingForm") } },
          },
          responses: {
            "200": { description: "The skills the posting asks for.", content: json("PostingAnalysis") },
            ...errorResponses(OPERATION_ERRORS.posting),
          },
          "x-codeSamples": [{ lang: "curl", label: "JSON text", source: curl.posting }],
        },
      },
      "/api/v1/reports": {
        post: {
          operationId: "saveReport",
          summary: "Save a report into a coach's workspace",
          description:
            "Analyzes the resume as /api/v1/analyze does and saves the report in the workspace of the coach who owns the API key, under `clientLabel`. It then appears on the coach's dashboard. Coaches make keys on their account page.",
          security: [{ apiKey: [] }],
          requestBody: {
            required: true,
            content: { ...json("SaveReportRequest"), "multipart/form-data": { schema: ref("SaveReportForm") } },
          },
          responses: {
            "201": { description: "The report was saved.", content: json("SavedReport") },
            ...errorResponses(OPERATION_ERRORS.saveReport),
          },
          "x-codeSamples": [{ lang: "curl", label: "A file, with a key", source: curl.saveReport }],
        },
      },
      "/api/v1/openapi.json": {
        get: {
          operationId: "getOpenApiDocument",
          summary: "This document",
          responses: { "200": { description: "The OpenAPI 3.1 document.", content: { "application/json": {} } } },
          "x-codeSamples": [{ lang: "curl", label: "Fetch", source: curl.openapi }],
        },
      },
    },
    components: {
      securitySchemes: {
        apiKey: {
          type: "http",
          scheme: "bearer",
          description: "A coach's API key, made on the coach's account page: `Authorization: Bearer sgk_…`.",
        },
      },
      schemas: {
        AnalyzeRequest: schemaOf(analyzeJsonSchema, "input"),
        AnalyzeForm: schemaOf(analyzeMultipartSchema, "input"),
        PostingRequest: schemaOf(postingJsonSchema, "input"),
        PostingForm: schemaOf(postingMultipartSchema, "input"),
        SaveReportRequest: schemaOf(saveReportJsonSchema, "input"),
        SaveReportForm: schemaOf(saveReportMultipartSchema, "input"),
        Report: schemaOf(reportSchema, "output"),
        PostingAnalysis: schemaOf(postingAnalysisSchema, "output"),
        SavedReport: schemaOf(savedReportSchema, "output"),
        ...Object.fromEntries(statuses.map((status) => [`Error${status}`, errorComponent(status)])),
      },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof openApiDocument>;
