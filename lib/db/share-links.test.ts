import { beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { analyze } from "../report/analyze";
import { readerOptions } from "../reader-options";
import { readResume } from "../resume/read";
import { hashToken, newToken } from "../tokens";
import { db } from "./client";
import { attachReportToCoach, getReportForCoach } from "./coach-review";
import { createReport } from "./reports";
import * as links from "./share-links";

type Links = typeof links;
let reportId: string;
const owner = hashToken(newToken(32));
const stranger = hashToken(newToken(32));

const RESUME = `Jordan Doe
Senior AI Engineer
Experience
Senior AI Engineer, Acme Corp, Jan 2021 - Present
Built a RAG pipeline over Pinecone using the OpenAI API for support search.
Designed LLM agents with LangGraph and tool calling to automate claims triage.
Skills
Python, PyTorch, LangChain, prompt engineering`;

beforeAll(async () => {
  const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
  const resume = await readResume({ kind: "text", text: RESUME }, readerOptions());
  reportId = await createReport({
    ownerSecretHash: owner,
    snapshotId: snapshot.id,
    report: analyze(resume, snapshot),
    text: resume.text,
    fileName: null,
    uploadKey: crypto.randomUUID(),
    postingText: "Posting text that must never be shared",
  });
});

const share = (extra: Partial<Parameters<Links["createLinkForOwner"]>[0]> = {}) =>
  links.createLinkForOwner({ reportId, ownerSecretHash: owner, kind: "share", expiresAt: null, showName: false, ...extra });

describe("share links against a real database", () => {
  it("an active link opens the report; the database holds only the token's hash", async () => {
    const token = await share();
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const shared = await links.getSharedReport({ token: token! });
    expect(shared?.report.skills.map((skill) => skill.id)).toContain("rag");
    expect(shared?.displayName).toBeNull();
    // Only the analysis travels: not the stored text, not the job posting.
    expect(Object.keys(shared!).sort()).toEqual(["createdAt", "displayName", "report"]);
    expect(JSON.stringify(shared)).not.toContain("Posting text that must never be shared");
    expect(JSON.stringify(shared)).not.toContain("Jordan Doe");
    const rows = await db.shareLink.findMany({ where: { reportId } });
    expect(rows.some((row) => row.tokenHash === hashToken(token!))).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(token!);
  });

  it("a new link retires the old one: one working link per report and kind", async () => {
    const first = await share();
    const second = await share();
    expect(await links.getSharedReport({ token: first! })).toBeNull();
    expect(await links.getSharedReport({ token: second! })).not.toBeNull();
    const active = await links.listActiveLinksForOwner({ reportId, ownerSecretHash: owner });
    expect(active.filter((link) => link.kind === "share")).toHaveLength(1);
  });

  it("a revoked link opens nothing, and only the owner can revoke", async () => {
    const token = await share();
    expect(await links.revokeLinkForOwner({ reportId, ownerSecretHash: stranger, kind: "share" })).toBe(false);
    expect(await links.getSharedReport({ token: token! })).not.toBeNull();
    expect(await links.revokeLinkForOwner({ reportId, ownerSecretHash: owner, kind: "share" })).toBe(true);
    expect(await links.getSharedReport({ token: token! })).toBeNull();
  });

  it("an expired link opens nothing; one expiring later still works", async () => {
    const now = new Date();
    const expired = await share({ expiresAt: new Date(now.getTime() - 1000) });
    expect(await links.getSharedReport({ token: expired! })).toBeNull();
    const later = await share({ expiresAt: new Date(now.getTime() + 60_000) });
    expect(await links.getSharedReport({ token: later! })).not.toBeNull();
    expect(await links.getSharedReport({ token: later! }, new Date(now.getTime() + 60_000))).toBeNull();
  });

  it("a guessed token opens nothing, and a stranger cannot make links for someone else's report", async () => {
    await share();
    expect(await links.getSharedReport({ token: newToken() })).toBeNull();
    expect(
      await links.createLinkForOwner({ reportId, ownerSecretHash: stranger, kind: "share", expiresAt: null, showName: false }),
    ).toBeNull();
  });

  it("the name appears only when the owner chose to show it", async () => {
    const named = await share({ showName: true, displayName: "Jordan" });
    expect((await links.getSharedReport({ token: named! }))?.displayName).toBe("Jordan");
    const unnamed = await share({ showName: false });
    expect((await links.getSharedReport({ token: unnamed! }))?.displayName).toBeNull();
  });

  it("the shared page keeps the name it was shared with when the report is later shown to a coach under another", async () => {
    const named = await share({ showName: true, displayName: "Jo" });
    await db.user.upsert({
      where: { id: "share-coach" },
      create: { id: "share-coach", name: "Coach", email: "share-coach@example.test" },
      update: {},
    });
    expect(await attachReportToCoach({ id: reportId, ownerSecretHash: owner, coachId: "share-coach", clientLabel: "Jordan Doe" })).toBe(
      true,
    );
    expect((await links.getSharedReport({ token: named! }))?.displayName).toBe("Jo");
    expect((await getReportForCoach({ id: reportId, coachId: "share-coach" }))?.clientLabel).toBe("Jordan Doe");
  });

  it("owner links stand in for the owner on one report only, and are not share links", async () => {
    const token = await links.createLinkForOwner({ reportId, ownerSecretHash: owner, kind: "owner", expiresAt: null, showName: false });
    expect(await links.getOwnerLink({ token: token! })).toMatchObject({ reportId, expiresAt: null });
    expect(await links.getOwnerLinkAccess({ token: token!, reportId })).toEqual({ ownerSecretHash: owner, expiresAt: null });
    expect(await links.getOwnerLinkAccess({ token: token!, reportId: newToken() })).toBeNull();
    expect(await links.getSharedReport({ token: token! })).toBeNull();

    const shareToken = await share();
    expect(await links.getOwnerLink({ token: shareToken! })).toBeNull();
    // Revoking one kind leaves the other working.
    await links.revokeLinkForOwner({ reportId, ownerSecretHash: owner, kind: "owner" });
    expect(await links.getOwnerLinkAccess({ token: token!, reportId })).toBeNull();
    expect(await links.getSharedReport({ token: shareToken! })).not.toBeNull();
  });
});
