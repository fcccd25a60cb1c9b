import type { APIRequestContext, APIResponse } from "@playwright/test";
import type { OpenApiDocument } from "../app/api/v1/_lib/openapi";
import { openApiValidator } from "../app/api/v1/_lib/openapi-validator";
import { expect } from "./fixtures";
import { openE2EDatabase } from "./servers";

/**
 * The served OpenAPI document as a validator: `check(response, "Report")` fails unless the live answer matches the
 * schema the document gives for it, so the document is tested against what the server really sends.
 */
export async function servedApiSchemas(request: APIRequestContext) {
  const response = await request.get("/api/v1/openapi.json");
  expect(response.status()).toBe(200);
  const validate = openApiValidator((await response.json()) as OpenApiDocument);
  return async (response: APIResponse, schemaName: string) => {
    const body = await response.json();
    expect(validate(schemaName, body), `${schemaName}: ${JSON.stringify(body).slice(0, 300)}`).toEqual([]);
    return body;
  };
}

/** Sends a request and checks the coded error: its status, its code, and the document's schema for that status. */
export async function expectApiError(
  check: Awaited<ReturnType<typeof servedApiSchemas>>,
  response: APIResponse,
  status: number,
  code: string,
  message?: string | RegExp,
) {
  expect(response.status(), await response.text()).toBe(status);
  const body = await check(response, `Error${status}`);
  expect(body.error.code).toBe(code);
  if (message) expect(body.error.message).toMatch(message);
  return body;
}

/**
 * How many stored reports in the test server's database hold this text, on either engine: what a user means by
 * "nothing was saved".
 */
export async function storedReportsContaining(marker: string): Promise<number> {
  const db = openE2EDatabase();
  try {
    return await db.report.count({ where: { text: { contains: marker } } });
  } finally {
    await db.$disconnect();
  }
}
