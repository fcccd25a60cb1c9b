import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../market/load";
import { analyze } from "../report/analyze";
import { pastedResume } from "../resume/schema";
import { hashToken, newToken } from "../tokens";
import { db } from "./client";
import { createReport, deleteReportForOwner, getReportForOwner } from "./reports";

const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const report = analyze(pastedResume("Experience\nBuilt a RAG assistant on the OpenAI API."), snapshot);

function newReport(ownerSecretHash: string, extra: { previousId?: string; uploadKey?: string } = {}) {
  return createReport({
    ownerSecretHash,
    snapshotId: snapshot.id,
    report,
    text: "Built a RAG assistant on the OpenAI API.",
    fileName: null,
    uploadKey: extra.uploadKey ?? randomUUID(),
    previousId: extra.previousId,
  });
}

describe("reports", () => {
  it("saves once per upload key: a double submit returns the first report", async () => {
    const owner = hashToken(newToken());
    const uploadKey = randomUUID();
    const first = await newReport(owner, { uploadKey });
    const second = await newReport(owner, { uploadKey });
    expect(second).toBe(first);
    expect(await db.report.count({ where: { ownerSecretHash: owner } })).toBe(1);
  });

  it("saves once per upload key when the same form reaches two instances at the same moment", async () => {
    const owner = hashToken(newToken());
    const uploadKey = randomUUID();
    const ids = await Promise.all(Array.from({ length: 8 }, () => newReport(owner, { uploadKey })));
    expect(new Set(ids).size).toBe(1);
    expect(await db.report.count({ where: { ownerSecretHash: owner } })).toBe(1);
  });

  it("gives back the stored analysis and dates exactly as saved", async () => {
    const owner = hashToken(newToken());
    const before = Date.now();
    const id = await newReport(owner);
    const stored = await getReportForOwner({ id, ownerSecretHash: owner });
    expect(stored?.report).toEqual(JSON.parse(JSON.stringify(report)));
    expect(stored?.createdAt.getTime()).toBeGreaterThanOrEqual(before - 1);
    expect(stored?.createdAt.getTime()).toBeLessThanOrEqual(Date.now() + 1);
  });

  it("opens a report for its owner only", async () => {
    const owner = hashToken(newToken());
    const id = await newReport(owner);
    expect((await getReportForOwner({ id, ownerSecretHash: owner }))?.report.tier.id).toBe("generative");
    expect(await getReportForOwner({ id, ownerSecretHash: hashToken(newToken()) })).toBeNull();
  });

  it("chains versions, but never onto someone else's report", async () => {
    const owner = hashToken(newToken());
    const first = await newReport(owner);
    const second = await newReport(owner, { previousId: first });
    expect(await db.report.findUnique({ where: { id: first }, select: { isLatest: true } })).toEqual({ isLatest: false });
    expect((await getReportForOwner({ id: second, ownerSecretHash: owner }))?.previousId).toBe(first);

    const stranger = hashToken(newToken());
    const hijack = await newReport(stranger, { previousId: second });
    expect((await getReportForOwner({ id: hijack, ownerSecretHash: stranger }))?.previousId).toBeNull();
    expect(await db.report.findUnique({ where: { id: second }, select: { isLatest: true } })).toEqual({ isLatest: true });
  });
});

describe("deleting a report", () => {
  it("is the owner's alone, takes its share links with it, and makes the version before it the newest again", async () => {
    const owner = hashToken(newToken());
    const first = await newReport(owner);
    const second = await newReport(owner, { previousId: first });
    await db.shareLink.create({ data: { id: newToken(), reportId: second, kind: "share", tokenHash: hashToken(newToken()) } });

    expect(await deleteReportForOwner({ id: second, ownerSecretHash: hashToken(newToken()) })).toBe(false);
    expect(await deleteReportForOwner({ id: second, ownerSecretHash: owner })).toBe(true);
    expect(await getReportForOwner({ id: second, ownerSecretHash: owner })).toBeNull();
    expect(await db.shareLink.count({ where: { reportId: second } })).toBe(0);
    expect(await db.report.findUnique({ where: { id: first }, select: { isLatest: true } })).toEqual({ isLatest: true });
    expect(await deleteReportForOwner({ id: second, ownerSecretHash: owner })).toBe(false);
  });
});
