import { randomUUID } from "node:crypto";
import { EXAMPLE_BODIES } from "../app/api/v1/_lib/examples";
import { APP_ERRORS } from "../lib/errors";
import { textPdf } from "../lib/eval/testing/make-files";
import { expectApiError, servedApiSchemas, storedReportsContaining } from "./api-fixtures";
import { limitedServer } from "./servers";
import { expect, expectNoAxeViolations, GENAI_RESUME, JOB_POSTING, resumePdf, test } from "./fixtures";

const PDF = "application/pdf";
/** The first 400 bytes of a real PDF: it sniffs as a PDF and cannot be opened. */
const corruptPdf = async () => Buffer.from((await textPdf(GENAI_RESUME)).slice(0, 400));

test.describe("POST /api/v1/analyze", () => {
  test("JSON text gives the report, valid against the served OpenAPI document, and stores nothing", async ({ request }) => {
    const check = await servedApiSchemas(request);
    const marker = `Zephyrine${randomUUID().slice(0, 8)}`;
    const response = await request.post("/api/v1/analyze", {
      data: { ...EXAMPLE_BODIES.analyze, text: `${EXAMPLE_BODIES.analyze.text}\nProject ${marker}` },
    });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const report = await check(response, "Report");
    expect(report.skills.map((skill: { id: string }) => skill.id)).toEqual(expect.arrayContaining(["rag", "langgraph", "llms"]));
    expect(report.market.industry.id).toBe("fintech");
    expect(report.market.country.id).toBe("US");
    expect(report.readability.source).toBe("text");
    expect(await storedReportsContaining(marker)).toBe(0);
  });

  test("a PDF file with a posting and a target, as multipart form data", async ({ request }) => {
    const check = await servedApiSchemas(request);
    const marker = `Quillbrook${randomUUID().slice(0, 8)}`;
    const response = await request.post("/api/v1/analyze", {
      multipart: {
        file: { name: "alex.pdf", mimeType: PDF, buffer: await resumePdf(`${GENAI_RESUME}\nProject ${marker}`) },
        posting: JOB_POSTING,
        industry: "software",
        country: "DE",
      },
    });
    expect(response.status(), await response.text()).toBe(200);
    const report = await check(response, "Report");
    expect(report.readability.source).toBe("pdf");
    expect(report.market.country.id).toBe("DE");
    const posting = new Map(report.posting.skills.map((skill: { id: string; level: string }) => [skill.id, skill.level]));
    expect(posting.get("rag")).toBe("required");
    expect(posting.get("anthropic")).toBe("preferred");
    expect(await storedReportsContaining(marker)).toBe(0);
  });

  test("each kind of bad request gets its code, status and the document's error schema", async ({ request }) => {
    const check = await servedApiSchemas(request);
    const post = (options: Parameters<typeof request.post>[1]) => request.post("/api/v1/analyze", options);

    await expectApiError(check, await post({ data: {} }), 400, "invalid-input", /^text: Send the resume's text/);
    await expectApiError(
      check,
      await post({ data: { text: GENAI_RESUME, target: { industry: "farming" } } }),
      400,
      "invalid-input",
      /target\.industry: industry must be one of: fintech/,
    );
    await expectApiError(check, await post({ data: { text: GENAI_RESUME, industry: "fintech" } }), 400, "invalid-input", /industry/);
    await expectApiError(
      check,
      await post({ headers: { "Content-Type": "application/json" }, data: Buffer.from('{"text": "unterminated') }),
      400,
      "invalid-input",
      /not valid JSON/,
    );
    await expectApiError(
      check,
      await post({ headers: { "Content-Type": "application/json" }, data: Buffer.from('"just my resume"') }),
      400,
      "invalid-input",
      /must be a JSON object/,
    );
    await expectApiError(
      check,
      await post({ multipart: { text: GENAI_RESUME, file: { name: "a.txt", mimeType: "text/plain", buffer: Buffer.from(GENAI_RESUME) } } }),
      400,
      "invalid-input",
      /one of the two/,
    );
    await expectApiError(check, await post({ data: { text: GENAI_RESUME, posting: "AI engineer" } }), 400, "invalid-input", /too short/);
    await expectApiError(check, await post({ multipart: { file: "resume.pdf" } }), 400, "invalid-input", /file=@resume\.pdf/);

    await expectApiError(
      check,
      await post({ headers: { "Content-Type": "text/plain" }, data: GENAI_RESUME }),
      415,
      "unsupported-type",
      /multipart\/form-data/,
    );
    await expectApiError(
      check,
      await post({
        multipart: { file: { name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) } },
      }),
      415,
      "unsupported-type",
      APP_ERRORS["unsupported-type"].message,
    );

    await expectApiError(check, await post({ data: { text: "Jane Doe, Python" } }), 422, "too-little-text");
    await expectApiError(
      check,
      await post({ multipart: { file: { name: "cv.pdf", mimeType: PDF, buffer: await corruptPdf() } } }),
      422,
      "corrupt",
    );
    await expectApiError(
      check,
      await post({ multipart: { file: { name: "empty.pdf", mimeType: PDF, buffer: Buffer.alloc(0) } } }),
      422,
      "empty-file",
    );

    const longText = `${GENAI_RESUME}\n`.repeat(Math.ceil(105_000 / GENAI_RESUME.length));
    await expectApiError(check, await post({ data: { text: longText } }), 413, "too-much-text");
  });

  test("a body over the upload limit is refused as too-large", async ({ request }) => {
    const check = await servedApiSchemas(request);
    const huge = Buffer.alloc(6 * 1024 * 1024, 0x41);
    const response = await request.post("/api/v1/analyze", { multipart: { file: { name: "big.pdf", mimeType: PDF, buffer: huge } } });
    await expectApiError(check, response, 413, "too-large", APP_ERRORS["too-large"].message);
  });
});

test.describe("POST /api/v1/postings/analyze", () => {
  test("gives the skills a posting asks for, each with its level", async ({ request }) => {
    const check = await servedApiSchemas(request);
    const response = await request.post("/api/v1/postings/analyze", { data: EXAMPLE_BODIES.posting });
    expect(response.status()).toBe(200);
    const { skills } = await check(response, "PostingAnalysis");
    const level = new Map(skills.map((skill: { id: string; level: string }) => [skill.id, skill.level]));
    expect(level.get("rag")).toBe("required");
    expect(level.get("langgraph")).toBe("required");
    expect(level.get("vector-databases")).toBe("preferred");

    const file = await request.post("/api/v1/postings/analyze", {
      multipart: { file: { name: "posting.txt", mimeType: "text/plain", buffer: Buffer.from(JOB_POSTING) } },
    });
    expect(file.status()).toBe(200);
    expect((await check(file, "PostingAnalysis")).skills.map((skill: { id: string }) => skill.id)).toContain("mlops");

    await expectApiError(check, await request.post("/api/v1/postings/analyze", { data: { text: "Too short" } }), 400, "invalid-input");
    await expectApiError(check, await request.post("/api/v1/postings/analyze", { data: { posting: JOB_POSTING } }), 400, "invalid-input");
  });
});

test("the OpenAPI document and its docs page: every endpoint with a curl example, every error code; no axe violations", async ({
  page,
  request,
}) => {
  const document = await (await request.get("/api/v1/openapi.json")).json();
  expect(document.openapi).toBe("3.1.0");
  const elsewhere = await request.post("/api/v1/analyse", { data: {} });
  expect(elsewhere.status()).toBe(404);
  expect((await elsewhere.json()).error).toMatchObject({ code: "not-found", message: expect.stringContaining("/docs/api") });
  await page.goto("/docs/api");
  await expect(page.getByRole("heading", { level: 1, name: "SkillGap HTTP API" })).toBeVisible();
  for (const path of ["/api/v1/analyze", "/api/v1/postings/analyze", "/api/v1/reports"]) {
    const section = page.getByRole("region", { name: `POST ${path}` });
    await expect(section).toBeVisible();
    await expect(section.getByText(/^curl -sS /).first()).toBeVisible();
    await expect(section.getByRole("table", { name: "Responses" })).toBeVisible();
  }
  for (const code of Object.keys(APP_ERRORS)) await expect(page.locator(`[data-error-code="${code}"]`)).toBeVisible();
  await expect(page.getByRole("heading", { level: 3, name: "Report", exact: true })).toBeVisible();
  const analyzeBody = page.getByRole("table", { name: /^JSON body \(application\/json, schema AnalyzeRequest\)/ });
  await expect(analyzeBody.getByRole("rowheader", { name: "target.industry" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test.describe("a server that takes two uploads per address", () => {
  const origin = limitedServer(7, { UPLOAD_RATE_MAX: "2", UPLOAD_RATE_WINDOW_SECONDS: "600" });

  test("the API counts against the same limit and answers the third request with 429 and Retry-After", async ({ request }) => {
    const check = await servedApiSchemas(request);
    expect((await request.post(`${origin}/api/v1/analyze`, { data: EXAMPLE_BODIES.analyze })).status()).toBe(200);
    expect((await request.post(`${origin}/api/v1/postings/analyze`, { data: EXAMPLE_BODIES.posting })).status()).toBe(200);
    const refused = await request.post(`${origin}/api/v1/analyze`, { data: EXAMPLE_BODIES.analyze });
    await expectApiError(check, refused, 429, "rate-limited", /Try again in 10 minutes; nothing was saved/);
    expect(Number(refused.headers()["retry-after"])).toBeGreaterThan(500);
  });
});
