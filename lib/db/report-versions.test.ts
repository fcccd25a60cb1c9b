import { describe, expect, it } from "vitest";
import { compareWithPosting } from "../report/posting";
import { hashToken, newToken } from "../tokens";
import { findNewerVersionForOwner, getReportForOwner, setReportPostingForOwner } from "./reports";
import { savedReportsOf } from "./testing/saved-reports";

const {
  snapshot,
  report,
  save: newReport,
} = savedReportsOf("Experience\nTrained PyTorch models for forecasting.", {
  text: "Trained PyTorch models for forecasting.",
  fileName: null,
});
const POSTING = "AI Engineer. Requirements: build RAG systems with LangChain, evaluate LLMs, PyTorch.";

describe("report versions and postings", () => {
  it("finds the newer version for its owner only", async () => {
    const owner = hashToken(newToken());
    const first = await newReport(owner);
    expect(await findNewerVersionForOwner({ id: first, ownerSecretHash: owner })).toBeNull();
    const second = await newReport(owner, first);
    expect(await findNewerVersionForOwner({ id: first, ownerSecretHash: owner })).toBe(second);
    expect(await findNewerVersionForOwner({ id: first, ownerSecretHash: hashToken(newToken()) })).toBeNull();
  });

  it("saves a posting comparison on the owner's report and nobody else's", async () => {
    const owner = hashToken(newToken());
    const id = await newReport(owner);
    const posting = compareWithPosting(POSTING, new Set(report.skills.map((skill) => skill.id)), snapshot);
    const withPosting = { ...report, posting };

    expect(await setReportPostingForOwner({ id, ownerSecretHash: hashToken(newToken()), postingText: POSTING, report: withPosting })).toBe(
      false,
    );
    expect((await getReportForOwner({ id, ownerSecretHash: owner }))?.report.posting).toBeNull();

    expect(await setReportPostingForOwner({ id, ownerSecretHash: owner, postingText: POSTING, report: withPosting })).toBe(true);
    const saved = await getReportForOwner({ id, ownerSecretHash: owner });
    expect(saved?.report.posting?.skills.map((skill) => skill.id)).toEqual(expect.arrayContaining(["rag", "langchain", "deep-learning"]));
  });
});
