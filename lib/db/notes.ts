import "server-only";
import { newToken } from "../tokens";
import { db } from "./client";

export interface Note {
  id: string;
  body: string;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * A note is visible only to the coach who wrote it, and only while the report is still assigned to that coach:
 * both conditions sit in every `where` below.
 */
function noteAccess(coachId: string) {
  return { coachId, report: { coachId } };
}

export async function listNotesForCoach({ reportId, coachId }: { reportId: string; coachId: string }): Promise<Note[]> {
  return db.coachNote.findMany({
    where: { reportId, ...noteAccess(coachId) },
    orderBy: { createdAt: "desc" },
    select: { id: true, body: true, createdAt: true, updatedAt: true },
  });
}

/** Adds a note; returns null when the report is not (or no longer) this coach's. */
export async function createNote({ reportId, coachId, body }: { reportId: string; coachId: string; body: string }): Promise<string | null> {
  return db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({ where: { id: reportId, coachId }, select: { id: true } });
    if (!report) return null;
    const id = newToken();
    // One timestamp for both, so "edited" means exactly that updatedAt moved past createdAt.
    const now = new Date();
    await tx.coachNote.create({ data: { id, reportId, coachId, body, createdAt: now, updatedAt: now } });
    return id;
  });
}

/** Returns whether a note of this coach's, on a report still theirs, was changed. */
export async function updateNote({
  id,
  reportId,
  coachId,
  body,
}: {
  id: string;
  reportId: string;
  coachId: string;
  body: string;
}): Promise<boolean> {
  const { count } = await db.coachNote.updateMany({ where: { id, reportId, ...noteAccess(coachId) }, data: { body } });
  return count === 1;
}

export async function deleteNote({ id, reportId, coachId }: { id: string; reportId: string; coachId: string }): Promise<boolean> {
  const { count } = await db.coachNote.deleteMany({ where: { id, reportId, ...noteAccess(coachId) } });
  return count === 1;
}
