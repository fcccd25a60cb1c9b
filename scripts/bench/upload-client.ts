/**
 * The load generator of `npm run bench:upload`: it sends the request a browser with JavaScript sends when the home
 * page's upload form is submitted (recorded from Chromium): a multipart body holding the form's fields under the
 * `_1_` prefix and `0 = [null,"$K1"]`, with the action id in `Next-Action`. The action id and hidden fields are
 * read from the served page, as the browser reads them. Each lane is one browser: it keeps the owner cookie the
 * first upload sets and sends a fresh upload key each time.
 */
import { randomUUID } from "node:crypto";

/** The router state a browser sends from the home page. */
const HOME_TREE = encodeURIComponent(JSON.stringify(["", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 16]));

export interface UploadForm {
  actionId: string;
  /** The form's fields in page order: hidden ones with their value, the file input, and the empty others. */
  fields: { name: string; value: string | null }[];
}

export const unescapeHtml = (value: string) =>
  value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Fetches the home page and reads its upload form as the browser would. */
export async function readUploadForm(url: string): Promise<UploadForm> {
  const html = await (await fetch(`${url}/`)).text();
  const form = html.match(/<form[^>]*>([\s\S]*?)<\/form>/)?.[1];
  if (!form) throw new Error("The home page has no form.");
  const fields: UploadForm["fields"] = [];
  for (const tag of form.matchAll(/<(input|textarea|select)\b([^>]*)>/g)) {
    const attributes = tag[2]!;
    const name = attributes.match(/\bname="([^"]*)"/)?.[1];
    if (!name) continue;
    const type = attributes.match(/\btype="([^"]*)"/)?.[1];
    const value = attributes.match(/\bvalue="([^"]*)"/)?.[1];
    fields.push({ name: unescapeHtml(name), value: type === "file" ? null : unescapeHtml(value ?? "") });
  }
  const plainId = fields.find((field) => field.name.startsWith("$ACTION_ID_"))?.name.slice("$ACTION_ID_".length);
  const boundMeta = fields.find((field) => /^\$ACTION_\d+:0$/.test(field.name))?.value;
  const actionId = plainId ?? (boundMeta ? (JSON.parse(boundMeta) as { id: string }).id : undefined);
  if (!actionId) throw new Error("The upload form carries no server action id.");
  return { actionId, fields };
}

export interface UploadResult {
  ms: number;
  reportId: string;
  /** Bytes of the action's response, plus the report page's RSC when the client had to fetch it. */
  bytes: number;
}

/** One browser: its own owner cookie. */
export class Lane {
  cookie: string | null = null;

  constructor(
    private readonly url: string,
    private readonly form: UploadForm,
    private readonly file: { name: string; bytes: Uint8Array<ArrayBuffer> },
  ) {}

  async upload(): Promise<UploadResult> {
    const start = performance.now();
    const body = new FormData();
    for (const field of this.form.fields) {
      if (field.value === null) body.append(`_1_${field.name}`, new Blob([this.file.bytes], { type: "application/pdf" }), this.file.name);
      else body.append(`_1_${field.name}`, field.name === "uploadKey" ? randomUUID() : field.value);
    }
    body.append("0", '[null,"$K1"]');
    const response = await fetch(`${this.url}/`, {
      method: "POST",
      headers: {
        accept: "text/x-component",
        "next-action": this.form.actionId,
        "next-router-state-tree": HOME_TREE,
        origin: this.url,
        referer: `${this.url}/`,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body,
    });
    const text = await response.text();
    const setCookie = response.headers.getSetCookie().find((cookie) => cookie.startsWith("sg_owner="));
    if (setCookie) this.cookie = setCookie.split(";")[0]!;
    // The action answers `openHref` and the page navigates to it (app/_server/action.ts, openAfterAction); an action
    // that redirects names the page in a header instead, its payload streamed in the response.
    const result = text.split("\n").find((line) => line.startsWith("1:{"));
    const openHref = result ? (JSON.parse(result.slice(2)) as { openHref?: string }).openHref : undefined;
    const location = openHref ?? response.headers.get("x-action-redirect")?.split(";")[0];
    const reportId = location?.match(/^\/reports\/([\w-]+)$/)?.[1];
    if (response.status !== 200 || !reportId) throw new Error(`upload answered ${response.status} without a report: ${text.slice(0, 300)}`);
    let bytes = text.length;
    // The browser renders the report from the action's response when it carries it, else it fetches it as a client
    // navigation from the home page does.
    if (!text.includes("Your SkillGap report")) {
      const page = await this.get(location!, { rsc: "1", "next-router-state-tree": HOME_TREE });
      if (!page.text.includes("Your SkillGap report")) throw new Error(`report ${reportId} did not render: ${page.status}`);
      bytes += page.text.length;
    }
    return { ms: performance.now() - start, reportId, bytes };
  }

  async get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; text: string }> {
    const response = await fetch(`${this.url}${pathname}`, { headers: { ...headers, ...(this.cookie ? { cookie: this.cookie } : {}) } });
    return { status: response.status, text: await response.text() };
  }
}

/** Runs `total` calls of `task` with `concurrency` lanes, each lane starting its next call when its last one ends. */
export async function closedLoop<T>(concurrency: number, total: number, task: (lane: number) => Promise<T>, onDone?: () => void) {
  const results: T[] = [];
  let started = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, lane) => {
      while (started < total) {
        started++;
        results.push(await task(lane));
        onDone?.();
      }
    }),
  );
  return { results, seconds: (performance.now() - start) / 1000 };
}

export function percentile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}
