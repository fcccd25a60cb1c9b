import { beforeAll, describe, expect, it } from "vitest";
import * as query from "../coach/dashboard-query";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { analyze } from "../report/analyze";
import type { Report } from "../report/schema";
import { readerOptions } from "../reader-options";
import { readResume } from "../resume/read";
import * as client from "./client";
import * as cohort from "./coach-cohort";
import * as coachReports from "./coach-reports";
import * as review from "./coach-review";
import * as coaches from "./coaches";
import * as notes from "./notes";
import * as reports from "./reports";

const m = { reports, coachReports, review, notes, coaches, cohort, query, client, report: undefined as unknown as Report };

beforeAll(async () => {
  const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
  const text = [
    "Alex Example",
    "Senior AI Engineer",
    "Experience",
    "Senior AI Engineer, Acme Corp, Jan 2019 - Present",
    "Built a RAG pipeline over Pinecone using the OpenAI API and GPT-4o for support search.",
    "Designed LLM agents with LangGraph and tool calling to automate claims triage.",
    "Skills",
    "Python, PyTorch, LangChain, Hugging Face, prompt engineering",
  ].join("\n");
  m.report = analyze(await readResume({ kind: "text", text }, readerOptions()), snapshot);
  for (const id of ["coach-a", "coach-b", "coach-search"]) {
    await client.db.user.create({ data: { id, name: id, email: `${id}@example.test`, intakeCode: `${id}-code-0000000000000000` } });
  }
});

let counter = 0;
async function newReport(
  coachId: string | null,
  owner = `owner-${++counter}`,
  previousId: string | null = null,
  fileName: string | null = null,
) {
  const id = await m.reports.createReport({
    ownerSecretHash: owner,
    snapshotId: m.report.snapshot.id,
    report: m.report,
    text: "text",
    fileName,
    uploadKey: crypto.randomUUID(),
    coachId,
    clientLabel: `Label ${counter}`,
    previousId,
  });
  return { id, owner };
}

const defaults = () => m.query.parseDashboardQuery(new URLSearchParams());

describe("coach queries keep the access rule in the where", () => {
  it("never give a coach the upload's file name", async () => {
    const mine = await newReport("coach-a", undefined, null, "Jane Doe resume.pdf");
    const seen = await m.review.getReportForCoach({ id: mine.id, coachId: "coach-a" });
    expect(seen).not.toBeNull();
    expect(JSON.stringify(seen)).not.toContain("Jane Doe");
    expect(seen).not.toHaveProperty("fileName");
  });

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

  it("label search ignores case and takes a backslash literally, on either engine", async () => {
    const labels = ["Dana O'Neil", "DANA o'neil", "Ana\\Bo", "Anabo"];
    const ids = await Promise.all(
      labels.map((clientLabel) =>
        m.reports.createReport({
          ownerSecretHash: `owner-search-${clientLabel}`,
          snapshotId: m.report.snapshot.id,
          report: m.report,
          text: "text",
          fileName: null,
          uploadKey: crypto.randomUUID(),
          coachId: "coach-search",
          clientLabel,
        }),
      ),
    );
    const found = async (q: string) =>
      (await m.coachReports.listReportsForCoach({ coachId: "coach-search", query: { ...defaults(), q } })).rows
        .map((row) => row.clientLabel)
        .sort();
    expect(await found("dana o'NEIL")).toEqual(["DANA o'neil", "Dana O'Neil"]);
    expect(await found("a\\b")).toEqual(["Ana\\Bo"]);
    expect(await found("anab")).toEqual(["Anabo"]);
    expect(ids).toHaveLength(4);
  });

  it("keyset pages cover every row once, in order", async () => {
    for (let index = 0; index < 7; index++) await newReport("coach-b");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await m.coachReports.listReportsForCoach({
        coachId: "coach-b",
        query: { ...defaults(), sort: "coverage", cursor },
        pageSize: 3,
      });
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
    expect(await m.review.attachReportToCoach({ id: second.id, ownerSecretHash: "intruder", coachId: "coach-a", clientLabel: null })).toBe(
      false,
    );
    expect(
      await m.review.attachReportToCoach({ id: second.id, ownerSecretHash: "owner-chain", coachId: "coach-a", clientLabel: "Chain" }),
    ).toBe(true);
    const versions = await m.review.listVersionsForCoach({ id: second.id, coachId: "coach-a" });
    expect(versions.map((version) => version.id)).toEqual([first.id, second.id]);
    await m.review.detachReportFromCoach({ id: first.id, ownerSecretHash: "owner-chain" });
    expect(await m.review.getReportForCoach({ id: second.id, coachId: "coach-a" })).toBeNull();
    expect(await m.review.getReportForCoach({ id: first.id, coachId: "coach-a" })).toBeNull();
  });

  it("detach reaches every version the owner holds: two versions made from one page, and past a deleted middle one", async () => {
    const owner = "owner-branches";
    const root = await newReport("coach-a", owner);
    const left = await newReport(null, owner, root.id);
    const right = await newReport(null, owner, root.id);
    const middle = await newReport(null, owner, left.id);
    const tip = await newReport(null, owner, middle.id);
    const all = [root, left, right, middle, tip].map((version) => version.id);
    expect((await m.review.listVersionsForCoach({ id: root.id, coachId: "coach-a" })).map((version) => version.id).sort()).toEqual(
      [...all].sort(),
    );

    // Deleting a middle version keeps the versions after it linked to the one before it.
    expect(await m.reports.deleteReportForOwner({ id: middle.id, ownerSecretHash: owner })).toBe(true);
    expect((await m.reports.getReportForOwner({ id: tip.id, ownerSecretHash: owner }))?.previousId).toBe(left.id);

    // Detaching from the branch that was not walked first still reaches every other version.
    expect(await m.review.detachReportFromCoach({ id: right.id, ownerSecretHash: owner })).toBe(true);
    for (const id of [root.id, left.id, right.id, tip.id]) expect(await m.review.getReportForCoach({ id, coachId: "coach-a" })).toBeNull();

    expect(await m.review.attachReportToCoach({ id: tip.id, ownerSecretHash: owner, coachId: "coach-b", clientLabel: "B" })).toBe(true);
    for (const id of [root.id, left.id, right.id, tip.id])
      expect(await m.review.getReportForCoach({ id, coachId: "coach-b" })).not.toBeNull();
  });

  it("an attach or detach scoped to one report leaves the other versions as they were", async () => {
    const first = await newReport("coach-a", "owner-scoped");
    const second = await newReport(null, "owner-scoped", first.id);
    expect(await m.review.detachReportFromCoach({ id: second.id, ownerSecretHash: "owner-scoped", scope: "report" })).toBe(true);
    expect(await m.review.getReportForCoach({ id: second.id, coachId: "coach-a" })).toBeNull();
    expect(await m.review.getReportForCoach({ id: first.id, coachId: "coach-a" })).not.toBeNull();
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
