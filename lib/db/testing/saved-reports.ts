import { randomUUID } from "node:crypto";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "../../market/load";
import { analyze } from "../../report/analyze";
import { pastedResume } from "../../resume/schema";
import { createReport } from "../reports";

/**
 * Reports a test saves for itself: one resume analysed once against the bundled snapshot, saved as often as the
 * test asks (for an owner, as a newer version of `previousId`, with a coach), each time under a fresh upload key
 * so that no two saves are the same one.
 */
export function savedReportsOf(resume: string, stored: { text: string; fileName: string | null }) {
  const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
  const report = analyze(pastedResume(resume), snapshot);
  const save = (ownerSecretHash: string, previousId: string | null = null, coachId: string | null = null) =>
    createReport({ ownerSecretHash, snapshotId: snapshot.id, report, ...stored, uploadKey: randomUUID(), previousId, coachId });
  return { snapshot, report, save };
}
