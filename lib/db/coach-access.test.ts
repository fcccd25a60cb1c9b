import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";

// These modules are server-only in the app; here they run against a real, freshly migrated SQLite file.
vi.mock("server-only", () => ({}));
const dir = mkdtempSync(path.join(tmpdir(), "skillgap-coach-"));
process.env.DATABASE_URL = `file:${path.join(dir, "test.db")}`;

type Modules = {
  reports: typeof import("./reports");
  coachReports: typeof import("./coach-reports");
  review: typeof import("./coach-review");
  notes: typeof import("./notes");
  coaches: typeof import("./coaches");
  cohort: typeof import("./coach-cohort");
  query: typeof import("../coach/dashboard-query");
  client: typeof import("./client");
  report: import("../report/schema").Report;
};
let m: Modules;

beforeAll(async () => {
  execFileSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { stdio: "ignore", env: process.env });
  const [reports, coachReports, review, notes, coaches, cohort, query, client, snapshots, load, analyze, read] = await Promise.all([
    import("./reports"), import("./coach-reports"), import("./coach-review"), import("./notes"), import("./coaches"),
    import("./coach-cohort"), import("../coach/dashboard-query"), import("./client"), import("./snapshots"),
    import("../market/load"), import("../report/analyze"), import("../resume/read"),
  ]);
  const snapshot = load.readSnapshotFile(load.BUNDLED_SNAPSHOT_PATH);
  await snapshots.addSnapshot(snapshot);
  const text = [
    "Alex Example", "Senior AI Engineer", "Experience", "Senior AI Engineer, Acme Corp, Jan 2019 - Present",
    "Built a RAG pipeline over Pinecone using the OpenAI API and GPT-4o for support search.",
    "Designed LLM agents with LangGraph and tool calling to automate claims triage.",
    "Skills", "Python, PyTorch, LangChain, Hugging Face, prompt engineering",
  ].join("\n");
  const resume = await read.readResume({ kind: "text", text });
  m = { reports, coachReports, review, notes, coaches, cohort, query, client, report: analyze.analyze(resume, snapshot) };
  for (const id of ["coach-a", "coach-b"]) {
    await client.db.user.create({ data: { id, name: id, email: `${id}@example.test`, intakeCode: `${id}-code-0000000000000000` } });
  }
}, 60_000);

let counter = 0;
async function newReport(coachId: string | null, owner = `owner-${++counter}`, previousId: string | null = null) {
  const id = await m.reports.createReport({
    ownerSecretHash: owner, snapshotId: m.report.snapshot.id, report: m.report, text: "text", fileName: null,
    uploadKey: crypto.randomUUID(), coachId, clientLabel: `Label ${counter}`, previousId,
  });
  return { id, owner };
}

const defaults = () => m.query.parseDashboardQuery(new URLSearchParams());

describe("better-auth's generated secret", () => {
  it("is made once and read back by every later start", async () => {
    const { getOrCreateAppSecret } = await import("./app-secrets");
    const first = await getOrCreateAppSecret({ name: "test-secret", candidate: "a".repeat(48) });
    const second = await getOrCreateAppSecret({ name: "test-secret", candidate: "b".repeat(48) });
    expect(second).toBe(first);
    const raced = await Promise.all([1, 2, 3].map((n) => getOrCreateAppSecret({ name: "raced", candidate: String(n).repeat(48) })));
    expect(new Set(raced).size).toBe(1);
  });
});

describe("coach queries keep the access rule in the where", () => {
  it("lists, opens and exports only the coach's own reports", async () => {
    const mine = await newReport("coach-a");
    const theirs = await newReport("coach-b");
    const nobody = await newReport(null);
    const page = await m.coachReports.listReportsForCoach({ coachId: "coach-a", query: { ...defaults(), versions: "all" } });
    const ids = page.rows.map((row) => row.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
    expect(ids).not.toContain(nobody.id);
    expect(await m.review.getReportForCoach({ id: theirs.id, coachId: "coach-a" })).toBeNull();
    expect(await m.review.getReportForCoach({ id: nobody.id, coachId: "coach-a" })).toBeNull();
    expect(await m.review.listVersionsForCoach({ id: theirs.id, coachId: "coach-a" })).toEqual([]);
    const cohort = await m.cohort.listCohortReportsForCoach({ coachId: "coach-a" });
    expect(cohort.reports.map((report) => report.id)).not.toContain(theirs.id);
  });

  it("label search matches text, not LIKE wildcards", async () => {
    const page = await m.coachReports.listReportsForCoach({ coachId: "coach-a", query: { ...defaults(), q: "%" } });
    expect(page.rows).toEqual([]);
    const wildcardsOnly = await m.coachReports.listReportsForCoach({ coachId: "coach-a", query: { ...defaults(), q: "_%_" } });
    expect(wildcardsOnly.rows).toEqual([]);
    const plain = await m.coachReports.listReportsForCoach({ coachId: "coach-a", query: { ...defaults(), q: "label" } });
    expect(plain.rows.length).toBeGreaterThan(0);
  });

  it("keyset pages cover every row once, in order", async () => {
    for (let index = 0; index < 7; index++) await newReport("coach-b");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await m.coachReports.listReportsForCoach({ coachId: "coach-b", query: { ...defaults(), sort: "coverage", cursor }, pageSize: 3 });
      seen.push(...page.rows.map((row) => row.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = await m.coachReports.listAllReportsForCoach({ coachId: "coach-b", query: defaults(), limit: 100 });
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.sort()).toEqual(all.map((row) => row.id).sort());
  });

  it("notes are the writing coach's alone, and vanish with a detach", async () => {
    const { id, owner } = await newReport("coach-a");
    const noteId = await m.notes.createNote({ reportId: id, coachId: "coach-a", body: "private" });
    expect(noteId).not.toBeNull();
    expect(await m.notes.createNote({ reportId: id, coachId: "coach-b", body: "intrusion" })).toBeNull();
    expect(await m.notes.listNotesForCoach({ reportId: id, coachId: "coach-b" })).toEqual([]);
    expect(await m.notes.updateNote({ id: noteId!, reportId: id, coachId: "coach-b", body: "x" })).toBe(false);
    expect(await m.notes.deleteNote({ id: noteId!, reportId: id, coachId: "coach-b" })).toBe(false);

    expect(await m.review.detachReportFromCoach({ id, ownerSecretHash: "someone-else" })).toBe(false);
    expect(await m.review.detachReportFromCoach({ id, ownerSecretHash: owner })).toBe(true);
    expect(await m.review.getReportForCoach({ id, coachId: "coach-a" })).toBeNull();
    expect(await m.notes.listNotesForCoach({ reportId: id, coachId: "coach-a" })).toEqual([]);
    expect(await m.notes.updateNote({ id: noteId!, reportId: id, coachId: "coach-a", body: "x" })).toBe(false);
    expect(await m.notes.createNote({ reportId: id, coachId: "coach-a", body: "late" })).toBeNull();
  });

  it("attach and detach move every version of the owner's report together", async () => {
    const first = await newReport(null, "owner-chain");
    const second = await newReport(null, "owner-chain", first.id);
    expect(await m.review.attachReportToCoach({ id: second.id, ownerSecretHash: "intruder", coachId: "coach-a", clientLabel: null })).toBe(false);
    expect(await m.review.attachReportToCoach({ id: second.id, ownerSecretHash: "owner-chain", coachId: "coach-a", clientLabel: "Chain" })).toBe(true);
    const versions = await m.review.listVersionsForCoach({ id: second.id, coachId: "coach-a" });
    expect(versions.map((version) => version.id)).toEqual([first.id, second.id]);
    await m.review.detachReportFromCoach({ id: first.id, ownerSecretHash: "owner-chain" });
    expect(await m.review.getReportForCoach({ id: second.id, coachId: "coach-a" })).toBeNull();
    expect(await m.review.getReportForCoach({ id: first.id, coachId: "coach-a" })).toBeNull();
  });

  it("a new version stays with the earlier version's coach", async () => {
    const first = await newReport("coach-a", "owner-versions");
    const second = await newReport(null, "owner-versions", first.id);
    const versions = await m.review.listVersionsForCoach({ id: second.id, coachId: "coach-a" });
    expect(versions.map((version) => version.id)).toEqual([first.id, second.id]);
    const page = await m.coachReports.listReportsForCoach({ coachId: "coach-a", query: defaults() });
    expect(page.rows.map((row) => row.id)).toContain(second.id);
    expect(page.rows.map((row) => row.id)).not.toContain(first.id);
  });

  it("a rotated intake code finds nobody", async () => {
    expect(await m.coaches.getCoachByIntakeCode({ intakeCode: "coach-a-code-0000000000000000" })).toMatchObject({ id: "coach-a" });
    await m.coaches.rotateIntakeCode({ coachId: "coach-a", intakeCode: "coach-a-code-1111111111111111" });
    expect(await m.coaches.getCoachByIntakeCode({ intakeCode: "coach-a-code-0000000000000000" })).toBeNull();
    expect(await m.coaches.getCoachByIntakeCode({ intakeCode: "coach-a-code-1111111111111111" })).toMatchObject({ id: "coach-a" });
  });
});
