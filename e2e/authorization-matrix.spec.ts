import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import type { APIResponse, Browser, BrowserContext } from "@playwright/test";
import { APP_ERRORS } from "../lib/errors";
import { CoachPage, expect, newPerson, test, uploadThroughIntake } from "./coach-fixtures";
import { CLASSIC_ML_RESUME, GENAI_RESUME, JOB_POSTING, UploadPage } from "./fixtures";
import { SharePanel, tokenOf } from "./share-panel";

/**
 * Who may do what, as one table: every page and route handler, and every server action, against every kind of
 * visitor. Each cell is asked of the running server with that visitor's cookies and compared with the table.
 * Actions are called the way a browser calls them (the `Next-Action` header and React's form encoding), with ids
 * chosen by the caller: a server action is a public endpoint, whatever the page shows.
 */

const ACTORS = ["anonymous", "owner", "otherCandidate", "coachA", "coachB", "shareHolder", "revokedHolder", "ownerLinkHolder"] as const;
type Actor = (typeof ACTORS)[number];

/** What a cell answered: an HTTP outcome for routes, the action's result code (or "ok" / "redirect") for actions. */
type Outcome = string;

/** Everything the table refers to, made by the setup below. */
interface World {
  reportId: string;
  noteId: string;
  intakeCode: string;
  shareToken: string;
  revokedShareToken: string;
  ownerToken: string;
  revokedOwnerToken: string;
  /** An owner link for the owner's second report: opening it is the one action everyone may take. */
  secondOwnerToken: string;
  practiceArea: string;
}

/** Expected outcomes: one value for everyone, with exceptions by actor. */
const everyone = (outcome: Outcome, except: Partial<Record<Actor, Outcome>> = {}): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, except[actor] ?? outcome])) as Record<Actor, Outcome>;

const OWNERS = (outcome: Outcome) => ({ owner: outcome, ownerLinkHolder: outcome });
const COACHES = (outcome: Outcome) => ({ coachA: outcome, coachB: outcome });

interface RouteRow {
  name: string;
  path: (world: World) => string;
  expected: Record<Actor, Outcome>;
}

/** An id nobody made: a page or route for one record answers it as it answers another coach's. */
const MADE_UP_ID = "AAAAAAAAAAAAAAAAAAAAAA";

const ROUTES: RouteRow[] = [
  { name: "GET /", path: () => "/", expected: everyone("200") },
  { name: "GET /practice", path: () => "/practice", expected: everyone("200") },
  { name: "GET /practice/[area]", path: (w) => `/practice/${w.practiceArea}`, expected: everyone("200") },
  { name: "GET /sign-in", path: () => "/sign-in", expected: everyone("200", COACHES("→/coach")) },
  { name: "GET /sign-up", path: () => "/sign-up", expected: everyone("200", COACHES("→/coach")) },
  { name: "GET /api/auth/get-session", path: () => "/api/auth/get-session", expected: everyone("no session", COACHES("session")) },
  { name: "GET /intake/[code]", path: (w) => `/intake/${w.intakeCode}`, expected: everyone("200") },
  { name: "GET /reports", path: () => "/reports", expected: everyone("200 without the report", OWNERS("200 with the report")) },
  { name: "GET /reports/[id]", path: (w) => `/reports/${w.reportId}`, expected: everyone("404", OWNERS("200")) },
  { name: "GET /reports/[id]/export", path: (w) => `/reports/${w.reportId}/export`, expected: everyone("404", OWNERS("200")) },
  { name: "GET /coach", path: () => "/coach", expected: everyone("sign-in", COACHES("200")) },
  { name: "GET /coach/cohort", path: () => "/coach/cohort", expected: everyone("sign-in", COACHES("200")) },
  { name: "GET /coach/account", path: () => "/coach/account", expected: everyone("sign-in", COACHES("200")) },
  { name: "GET /coach/reports/[id]", path: (w) => `/coach/reports/${w.reportId}`, expected: everyone("404", { coachA: "200" }) },
  {
    name: "GET /coach/export",
    path: () => "/coach/export",
    expected: everyone("404", { coachA: "200 with the client", coachB: "200 without the client" }),
  },
  { name: "GET /s/[token]", path: (w) => `/s/${w.shareToken}`, expected: everyone("200") },
  { name: "GET /s/[token]/opengraph-image", path: (w) => `/s/${w.shareToken}/opengraph-image`, expected: everyone("200") },
  { name: "GET /s/[revoked token]", path: (w) => `/s/${w.revokedShareToken}`, expected: everyone("404") },
  { name: "GET /s/[revoked token]/opengraph-image", path: (w) => `/s/${w.revokedShareToken}/opengraph-image`, expected: everyone("404") },
  { name: "GET /o/[token]", path: (w) => `/o/${w.ownerToken}`, expected: everyone("200") },
  { name: "GET /o/[revoked token]", path: (w) => `/o/${w.revokedOwnerToken}`, expected: everyone("404") },
  { name: "GET /docs/api", path: () => "/docs/api", expected: everyone("200") },
  { name: "GET /api/v1/openapi.json", path: () => "/api/v1/openapi.json", expected: everyone("200") },
  // The API's endpoints take POST; a GET is refused the same way for everyone, before any key or body is read.
  { name: "GET /api/v1/analyze", path: () => "/api/v1/analyze", expected: everyone("405") },
  { name: "GET /api/v1/postings/analyze", path: () => "/api/v1/postings/analyze", expected: everyone("405") },
  { name: "GET /api/v1/reports", path: () => "/api/v1/reports", expected: everyone("405") },
  { name: "GET /api/v1/[...path]", path: () => "/api/v1/no-such-endpoint", expected: everyone("404") },
  { name: "GET /coach/import", path: () => "/coach/import", expected: everyone("sign-in", COACHES("200")) },
  { name: "GET /coach/import/[id]", path: () => `/coach/import/${MADE_UP_ID}`, expected: everyone("404") },
  { name: "GET /coach/import/[id]/status", path: () => `/coach/import/${MADE_UP_ID}/status`, expected: everyone("404") },
  { name: "GET /coach/import/zip", path: () => "/coach/import/zip", expected: everyone("405") },
  { name: "GET /coach/markets", path: () => "/coach/markets", expected: everyone("sign-in", COACHES("200")) },
  { name: "GET /upload-progress/[key]", path: () => `/upload-progress/${randomUUID()}`, expected: everyone("404") },
];

interface ActionRow {
  name: string;
  file: string;
  exportedName: string;
  /** The page the form lives on: the action is posted there, as the browser does. */
  page: (world: World) => string;
  fields: (world: World) => Record<string, string>;
  expected: Record<Actor, Outcome>;
}

/**
 * Rows run in this order, and within a row the cells that may change something run last (the owner last of all),
 * so a permitted change never decides a later cell. Where a permitted call would destroy what later cells need,
 * the row sends a form that passes the access check and then fails validation: "invalid-input" proves the caller
 * got past the owner check, "not-found" that they did not.
 */
const ACTIONS: ActionRow[] = [
  {
    name: "addNote",
    file: "app/coach/reports/[id]/actions.ts",
    exportedName: "addNote",
    page: (w) => `/coach/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, body: "A note from the matrix" }),
    expected: everyone("not-found", { coachA: "ok" }),
  },
  {
    name: "editNote",
    file: "app/coach/reports/[id]/actions.ts",
    exportedName: "editNote",
    page: (w) => `/coach/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, noteId: w.noteId, body: "Edited by the matrix" }),
    expected: everyone("not-found", { coachA: "ok" }),
  },
  {
    name: "removeNote",
    file: "app/coach/reports/[id]/actions.ts",
    exportedName: "removeNote",
    page: (w) => `/coach/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, noteId: w.noteId }),
    expected: everyone("not-found", { coachA: "ok" }),
  },
  {
    name: "compareWithJobPosting",
    file: "app/reports/[id]/actions.ts",
    exportedName: "compareWithJobPosting",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, posting: JOB_POSTING }),
    expected: everyone("not-found", OWNERS("redirect")),
  },
  {
    name: "deleteReport (unconfirmed)",
    file: "app/reports/[id]/actions.ts",
    exportedName: "deleteReport",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId }),
    expected: everyone("not-found", OWNERS("invalid-input")),
  },
  {
    name: "createLink (share, bad expiry)",
    file: "app/reports/[id]/share-actions.ts",
    exportedName: "createLink",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, kind: "share", expiry: "forever" }),
    expected: everyone("not-found", OWNERS("invalid-input")),
  },
  {
    name: "analyzeResume (new version of the report)",
    file: "app/actions.ts",
    exportedName: "analyzeResume",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ uploadKey: randomUUID(), text: GENAI_RESUME, previousId: w.reportId }),
    // A version belongs to the browser that made the report: an owner link opens that one report only.
    expected: everyone("previous-not-found", { owner: "ok" }),
  },
  {
    name: "revokeLink (share)",
    file: "app/reports/[id]/share-actions.ts",
    exportedName: "revokeLink",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, kind: "share" }),
    expected: everyone("not-found", OWNERS("ok")),
  },
  {
    name: "detachFromCoach",
    file: "app/reports/[id]/coach-actions.ts",
    exportedName: "detachFromCoach",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId }),
    expected: everyone("not-found", OWNERS("ok")),
  },
  {
    name: "attachToCoach",
    file: "app/reports/[id]/coach-actions.ts",
    exportedName: "attachToCoach",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, intakeCode: w.intakeCode, consent: "yes", clientLabel: "Matrix Client" }),
    expected: everyone("not-found", OWNERS("ok")),
  },
  {
    name: "createLink (private owner link)",
    file: "app/reports/[id]/share-actions.ts",
    exportedName: "createLink",
    page: (w) => `/reports/${w.reportId}`,
    fields: (w) => ({ reportId: w.reportId, kind: "owner", expiry: "7" }),
    // Through an owner link nobody may mint another, which could outlive the one they were given.
    expected: everyone("not-found", { owner: "ok", ownerLinkHolder: "owner-link-limit" }),
  },
  // Coach actions sent with fields that fail validation: "invalid-input" proves a coach got past the session check,
  // and nothing is made or changed for anyone.
  {
    name: "createApiKey",
    file: "app/coach/account/api-key-actions.ts",
    exportedName: "createApiKey",
    page: () => "/coach/account",
    fields: () => ({ name: "" }),
    expected: everyone("not-found", COACHES("invalid-input")),
  },
  {
    name: "revokeApiKey",
    file: "app/coach/account/api-key-actions.ts",
    exportedName: "revokeApiKey",
    page: () => "/coach/account",
    fields: () => ({ keyId: "" }),
    expected: everyone("not-found", COACHES("invalid-input")),
  },
  {
    name: "startFileImport",
    file: "app/coach/import/actions.ts",
    exportedName: "startFileImport",
    page: () => "/coach/import",
    fields: () => ({ name: "resume.pdf", size: "not a size" }),
    expected: everyone("not-found", COACHES("invalid-input")),
  },
  {
    name: "importFiles",
    file: "app/coach/import/actions.ts",
    exportedName: "importFiles",
    page: () => "/coach/import",
    fields: () => ({ itemId: "not-an-id" }),
    expected: everyone("not-found", COACHES("invalid-input")),
  },
  {
    name: "buildMarket",
    file: "app/coach/markets/actions.ts",
    exportedName: "buildMarket",
    page: () => "/coach/markets",
    fields: () => ({ title: "" }),
    expected: everyone("not-found", COACHES("invalid-input")),
  },
  {
    name: "chooseMarket",
    file: "app/coach/markets/actions.ts",
    exportedName: "chooseMarket",
    page: () => "/coach/markets",
    fields: () => ({ snapshotId: "x".repeat(300) }),
    expected: everyone("not-found", COACHES("invalid-input")),
  },
  {
    name: "rotateIntakeLink",
    file: "app/coach/actions.ts",
    exportedName: "rotateIntakeLink",
    page: () => "/coach",
    fields: () => ({}),
    expected: everyone("not-found", COACHES("ok")),
  },
  {
    name: "openOwnerLink (revoked link)",
    file: "app/o/[token]/actions.ts",
    exportedName: "openOwnerLink",
    page: (w) => `/o/${w.revokedOwnerToken}`,
    fields: (w) => ({ token: w.revokedOwnerToken }),
    expected: everyone("not-found"),
  },
  {
    name: "openOwnerLink (working link)",
    file: "app/o/[token]/actions.ts",
    exportedName: "openOwnerLink",
    page: (w) => `/o/${w.secondOwnerToken}`,
    fields: (w) => ({ token: w.secondOwnerToken }),
    // The link is the credential: whoever holds it may open the report it was made for.
    expected: everyone("redirect"),
  },
];

/** Cells that may change something run after the rest of their row; the owner's last. */
const ORDER: Actor[] = ["anonymous", "otherCandidate", "coachB", "shareHolder", "revokedHolder", "coachA", "ownerLinkHolder", "owner"];

type Manifest = Record<string, { filename: string; exportedName: string }>;

/** The server actions of the build under test, by file and export: every one must be in the table. */
function buildActions(): Map<string, string> {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")).node as Manifest;
  return new Map(Object.entries(manifest).map(([id, action]) => [`${action.filename}#${action.exportedName}`, id]));
}

/** The build's pages and route handlers, as app paths. */
function buildRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(".next/server/app-paths-manifest.json", "utf8")) as Record<string, string>;
  return Object.keys(manifest)
    .map((route) => route.replace(/\/(page|route)$/, "") || "/")
    .filter((route) => !route.startsWith("/_"));
}

async function routeOutcome(row: RouteRow, response: APIResponse, world: World): Promise<Outcome> {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers().location ?? "", "http://x");
    return location.pathname === "/sign-in" ? "sign-in" : `→${location.pathname}`;
  }
  if (row.name === "GET /api/auth/get-session") {
    const body = (await response.json()) as { session?: unknown } | null;
    return body?.session ? "session" : "no session";
  }
  if (status === 404 && row.path(world).endsWith("/export")) {
    // Route handlers answer not-found in the one error shape.
    expect(await response.json()).toEqual({ error: { code: "not-found", message: APP_ERRORS["not-found"].message } });
  }
  if (status === 200 && row.name === "GET /reports") {
    return (await response.text()).includes(`/reports/${world.reportId}"`) ? "200 with the report" : "200 without the report";
  }
  if (status === 200 && row.name === "GET /coach/export") {
    return (await response.text()).includes("Matrix Client") ? "200 with the client" : "200 without the client";
  }
  return String(status);
}

/** Calls a server action as React does: the form under reference 1, the arguments (state, form) under "0", last. */
async function callAction(context: BrowserContext, baseURL: string, id: string, row: ActionRow, world: World): Promise<Outcome> {
  const form = new FormData();
  for (const [name, value] of Object.entries(row.fields(world))) form.append(`_1_${name}`, value);
  form.append("0", JSON.stringify([null, "$K1"]));
  const response = await context.request.post(row.page(world), {
    headers: { "Next-Action": id, Accept: "text/x-component", Origin: baseURL },
    multipart: form,
    maxRedirects: 0,
  });
  if (response.headers()["x-action-redirect"]) return "redirect";
  expect(response.status(), `${row.name}: HTTP status`).toBe(200);
  const line = (await response.text()).split("\n").find((row) => row.startsWith("1:{"));
  expect(line, `${row.name}: the action's result`).toBeTruthy();
  const result = JSON.parse((line as string).slice(2)) as { ok: boolean; code?: string };
  return result.ok ? "ok" : (result.code ?? "?");
}

function printMatrix(title: string, rows: { name: string; expected: Record<Actor, Outcome> }[], actual: Map<string, Outcome>) {
  const width = Math.max(...rows.map((row) => row.name.length));
  const cellWidth = Math.max(...ACTORS.map((actor) => actor.length), ...[...actual.values()].map((value) => value.length + 2));
  const lines = [`${title}`, `${"".padEnd(width)} | ${ACTORS.map((actor) => actor.padEnd(cellWidth)).join(" | ")}`];
  for (const row of rows) {
    const cells = ACTORS.map((actor) => {
      const got = actual.get(`${row.name}|${actor}`) ?? "(not run)";
      return `${got === row.expected[actor] ? "✓" : "✗"} ${got}`.padEnd(cellWidth);
    });
    lines.push(`${row.name.padEnd(width)} | ${cells.join(" | ")}`);
  }
  console.log(lines.join("\n"));
}

/** A coach signed up in a context of their own. */
async function coachIn(browser: Browser, label: string) {
  const person = await newPerson(browser);
  const coach = new CoachPage(person.page, label);
  await coach.signUp();
  return { ...person, coach };
}

/** Opens an owner link on a device by its button, as its holder would. */
async function openOwnerLinkOn(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  await page.getByRole("button", { name: "Open my report on this device" }).click();
  await page.waitForURL(/\/reports\//);
  await page.close();
}

test("authorization matrix: every route and every action, for every kind of visitor", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const origin = baseURL as string;

  // The people.
  const coachA = await coachIn(browser, "Matrix Coach A");
  const coachB = await coachIn(browser, "Matrix Coach B");
  const intakeCode = tokenOf(await coachA.coach.intakeLink());
  const owner = await newPerson(browser);
  const reportUrl = await uploadThroughIntake(owner.page, await coachA.coach.intakeLink(), { label: "Matrix Client", text: GENAI_RESUME });
  const reportId = tokenOf(reportUrl);
  const panel = new SharePanel(owner.page);

  // Links made, handed out, then replaced: the first holder keeps only dead ones.
  const revokedShareToken = tokenOf(await panel.create("share"));
  const revokedOwnerToken = tokenOf(await panel.create("owner", { expiry: "7" }));
  const revokedHolder = await newPerson(browser);
  await openOwnerLinkOn(revokedHolder.context, `${origin}/o/${revokedOwnerToken}`);
  const shareToken = tokenOf(await panel.create("share"));
  const ownerToken = tokenOf(await panel.create("owner", { expiry: "7" }));
  const ownerLinkHolder = await newPerson(browser);
  await openOwnerLinkOn(ownerLinkHolder.context, `${origin}/o/${ownerToken}`);
  const shareHolder = await newPerson(browser);
  await shareHolder.page.goto(`/s/${shareToken}`);
  await expect(shareHolder.page.getByText("Shared read-only")).toBeVisible();

  const otherCandidate = await newPerson(browser);
  await new UploadPage(otherCandidate.page).open();
  await new UploadPage(otherCandidate.page).pasteText(CLASSIC_ML_RESUME);
  await new UploadPage(otherCandidate.page).expectReport();
  const anonymous = await newPerson(browser);

  await coachA.page.goto(`/coach/reports/${reportId}`);
  await coachA.page.getByLabel("New note").fill("The note the matrix edits");
  await coachA.page.getByRole("button", { name: "Add note" }).click();
  const noteId = (await coachA.page.locator("[data-note]").first().getAttribute("data-note")) as string;

  // The owner's second report, with an owner link for the one action everyone may take.
  const second = await owner.context.newPage();
  await new UploadPage(second).open();
  await new UploadPage(second).pasteText(CLASSIC_ML_RESUME);
  await new UploadPage(second).expectReport();
  const secondOwnerToken = tokenOf(await new SharePanel(second).create("owner"));
  await second.close();

  const practice = await anonymous.context.request.get("/practice");
  const practiceArea = /href="\/practice\/([a-z0-9-]+)"/.exec(await practice.text())?.[1] as string;
  expect(practiceArea).toBeTruthy();

  const world: World = {
    reportId,
    noteId,
    intakeCode,
    shareToken,
    revokedShareToken,
    ownerToken,
    revokedOwnerToken,
    secondOwnerToken,
    practiceArea,
  };
  const contexts: Record<Actor, BrowserContext> = {
    anonymous: anonymous.context,
    owner: owner.context,
    otherCandidate: otherCandidate.context,
    coachA: coachA.context,
    coachB: coachB.context,
    shareHolder: shareHolder.context,
    revokedHolder: revokedHolder.context,
    ownerLinkHolder: ownerLinkHolder.context,
  };

  // The table covers the whole build: no page, route handler or server action is left out.
  const covered = new Set(ROUTES.map((row) => row.name.replace(/^GET /, "").replace(/\[(revoked )?token\]/, "[token]")));
  covered.add("/api/auth/[...all]");
  expect(buildRoutes().filter((route) => !covered.has(route))).toEqual([]);
  const actionIds = buildActions();
  const inTable = new Set(ACTIONS.map((row) => `${row.file}#${row.exportedName}`));
  expect([...actionIds.keys()].filter((key) => !inTable.has(key))).toEqual([]);

  const routeResults = new Map<string, Outcome>();
  for (const row of ROUTES) {
    for (const actor of ORDER) {
      const response = await contexts[actor].request.get(row.path(world), { maxRedirects: 0 });
      routeResults.set(`${row.name}|${actor}`, await routeOutcome(row, response, world));
    }
  }
  printMatrix("Routes", ROUTES, routeResults);

  const actionResults = new Map<string, Outcome>();
  for (const row of ACTIONS) {
    const id = actionIds.get(`${row.file}#${row.exportedName}`) as string;
    for (const actor of ORDER) actionResults.set(`${row.name}|${actor}`, await callAction(contexts[actor], origin, id, row, world));
  }
  printMatrix("Server actions", ACTIONS, actionResults);

  const wrong = [
    ...ROUTES.flatMap((row) =>
      ACTORS.map((actor) => ({ cell: `${row.name} × ${actor}`, want: row.expected[actor], got: routeResults.get(`${row.name}|${actor}`) })),
    ),
    ...ACTIONS.flatMap((row) =>
      ACTORS.map((actor) => ({
        cell: `${row.name} × ${actor}`,
        want: row.expected[actor],
        got: actionResults.get(`${row.name}|${actor}`),
      })),
    ),
  ].filter((cell) => cell.got !== cell.want);
  console.log(
    `Checked ${(ROUTES.length + ACTIONS.length) * ACTORS.length} cells: ${ROUTES.length} routes and ${ACTIONS.length} actions × ${ACTORS.length} visitors.`,
  );
  expect(wrong).toEqual([]);

  // What the refused calls would have changed is as it was: coach B wrote nothing, the owner's report is whole.
  await coachA.page.goto(`/coach/reports/${reportId}`);
  await expect(coachA.page.locator("[data-note]")).toHaveCount(1);
  await expect(coachA.page.locator("[data-note]")).toContainText("A note from the matrix");
  await owner.page.goto(reportUrl);
  await expect(owner.page.getByRole("region", { name: "Against the job posting you pasted" })).toBeVisible();

  for (const context of Object.values(contexts)) await context.close();
});
