import { describe, expect, it } from "vitest";
import { hashToken, newToken } from "../tokens";
import { getReportPageForOwner } from "./report-page";
import { createLinkForOwner, revokeLinkForOwner } from "./share-links";
import { savedReportsOf } from "./testing/saved-reports";

const { save: newReport } = savedReportsOf("Experience\nBuilt RAG pipelines with LangChain and the OpenAI API.", {
  text: "resume",
  fileName: "cv.pdf",
});

describe("the owner's report page", () => {
  it("shows the owner their report, its newer version and their working links, and shows a stranger nothing", async () => {
    const owner = hashToken(newToken());
    const first = await newReport(owner);
    const page = await getReportPageForOwner({ id: first, ownerSecretHash: owner });
    expect(page).toMatchObject({ id: first, fileName: "cv.pdf", newerId: null, coach: null, links: [] });
    expect(page?.report.skills.map((skill) => skill.id)).toContain("rag");

    const second = await newReport(owner, first);
    await createLinkForOwner({ reportId: first, ownerSecretHash: owner, kind: "share", expiresAt: null, showName: false });
    await createLinkForOwner({ reportId: first, ownerSecretHash: owner, kind: "owner", expiresAt: null, showName: false });
    await revokeLinkForOwner({ reportId: first, ownerSecretHash: owner, kind: "owner" });
    const again = await getReportPageForOwner({ id: first, ownerSecretHash: owner });
    expect(again?.newerId).toBe(second);
    expect(again?.links.map((link) => link.kind)).toEqual(["share"]);
    // The page formats these: each engine's driver must hand back a date and a boolean, not their stored text.
    expect(again?.createdAt).toBeInstanceOf(Date);
    expect(again?.links[0]).toMatchObject({ expiresAt: null, showName: false, displayName: null });
    expect(again?.links[0]?.createdAt).toBeInstanceOf(Date);

    expect(await getReportPageForOwner({ id: first, ownerSecretHash: hashToken(newToken()) })).toBeNull();
  });

  it("leaves out a link that has expired and keeps one that has not", async () => {
    const owner = hashToken(newToken());
    const id = await newReport(owner);
    const now = new Date();
    await createLinkForOwner({
      reportId: id,
      ownerSecretHash: owner,
      kind: "owner",
      expiresAt: new Date(now.getTime() - 1000),
      showName: false,
    });
    const later = new Date(now.getTime() + 60_000);
    await createLinkForOwner({ reportId: id, ownerSecretHash: owner, kind: "share", expiresAt: later, showName: true, displayName: "J." });
    const page = await getReportPageForOwner({ id, ownerSecretHash: owner }, now);
    expect(page?.links).toEqual([{ kind: "share", createdAt: expect.any(Date), expiresAt: later, showName: true, displayName: "J." }]);
  });

  it("does not point the owner at a newer version someone else made from their report", async () => {
    const owner = hashToken(newToken());
    const first = await newReport(owner);
    await newReport(hashToken(newToken()), first);
    expect((await getReportPageForOwner({ id: first, ownerSecretHash: owner }))?.newerId).toBeNull();
  });
});
