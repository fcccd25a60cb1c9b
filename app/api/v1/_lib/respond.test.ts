import { describe, expect, it } from "vitest";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { apiRoute, bearerToken, readInput } from "./respond";
import { analyzeJsonSchema, analyzeMultipartSchema } from "./schemas";

const schemas = { json: analyzeJsonSchema, multipart: analyzeMultipartSchema };
const URL_ = "http://127.0.0.1/api/v1/analyze";

/** A body sent in chunks with no declared length, as a client streaming an upload would. */
function streamed(chunks: number, chunkBytes: number) {
  let sent = 0;
  let pulls = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulls++;
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(chunkBytes).fill(0x61));
    },
  });
  return { body, pulls: () => pulls };
}

async function codeOf(promise: Promise<unknown>) {
  try {
    await promise;
    return "none";
  } catch (error) {
    return error instanceof AppError ? error.code : String(error);
  }
}

describe("readInput", () => {
  it("stops reading a streamed body as soon as it passes the cap", async () => {
    const chunk = 1024 * 1024;
    const { body, pulls } = streamed(50, chunk);
    const request = new Request(URL_, {
      method: "POST",
      body,
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    expect(await codeOf(readInput(request, schemas))).toBe("too-large");
    // Refused within a chunk or two of the limit, not after all 50 MB.
    expect(pulls()).toBeLessThan(Math.ceil(env.MAX_UPLOAD_BYTES / chunk) + 4);
  });

  it("refuses a declared length over the cap without reading, and an unknown content type", async () => {
    const request = new Request(URL_, {
      method: "POST",
      body: "{}",
      headers: { "content-type": "application/json", "content-length": "99999999" },
    });
    expect(await codeOf(readInput(request, schemas))).toBe("too-large");
    const text = new Request(URL_, { method: "POST", body: "hello", headers: { "content-type": "text/plain" } });
    expect(await codeOf(readInput(text, schemas))).toBe("unsupported-type");
  });

  it("treats blank form fields as absent, as the web form does", async () => {
    const form = new FormData();
    form.set("text", "Built a RAG pipeline with LangGraph.");
    form.set("industry", "");
    form.set("posting", "   ");
    const input = await readInput(new Request(URL_, { method: "POST", body: form }), schemas);
    expect(input).toEqual({ kind: "multipart", data: { text: "Built a RAG pipeline with LangGraph." } });
  });
});

describe("apiRoute", () => {
  it("answers an AppError with its code and status, and hides anything else as internal", async () => {
    const coded = await apiRoute("test", async () => {
      throw new AppError("corrupt");
    })(new Request(URL_));
    expect(coded.status).toBe(422);
    expect(await coded.json()).toEqual({ error: { code: "corrupt", message: expect.stringContaining("damaged") } });
    const originalError = console.error;
    console.error = () => {};
    try {
      const hidden = await apiRoute("test", async () => {
        throw new Error("SQLITE_BUSY at /srv/data/skillgap.db");
      })(new Request(URL_));
      expect(hidden.status).toBe(500);
      const body = await hidden.text();
      expect(body).toContain('"internal"');
      expect(body).not.toContain("SQLITE");
    } finally {
      console.error = originalError;
    }
  });
});

describe("bearerToken", () => {
  it("reads only the Bearer scheme", () => {
    const withHeader = (value: string) => new Request(URL_, { headers: { authorization: value } });
    expect(bearerToken(withHeader("Bearer sgk_abc"))).toBe("sgk_abc");
    expect(bearerToken(withHeader("bearer   sgk_abc  "))).toBe("sgk_abc");
    expect(bearerToken(withHeader("Basic dXNlcjpwYXNz"))).toBeNull();
    expect(bearerToken(new Request(URL_))).toBeNull();
  });
});
