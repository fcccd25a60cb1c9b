import "server-only";
import { reportSchema, type Report } from "../report/schema";
import type { LinkKind } from "../share/link-options";
import { hashToken, newToken } from "../tokens";
import { db } from "./client";

/**
 * Links to a report. The database keeps only the SHA-256 of each token: the token itself is shown to the owner
 * once, when the link is made. A link works while it is not revoked and not past its expiry; every lookup below
 * puts that rule in its `where`, so a dead link and a guessed one look the same to the caller.
 */
export const activeWhere = (now: Date) => ({ revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] });

export interface NewLink {
  reportId: string;
  ownerSecretHash: string;
  kind: LinkKind;
  expiresAt: Date | null;
  showName: boolean;
  /** The name to show on the shared page, kept on the link itself: the label a coach sees never renames it. */
  displayName?: string | null;
}

/**
 * Makes a new link of this kind for the owner's report and retires the one it replaces, so an owner holds at most
 * one working link of each kind per report. Returns the token, or null when the report is not theirs.
 */
export async function createLinkForOwner(input: NewLink, now = new Date()): Promise<string | null> {
  const token = newToken();
  const created = await db.$transaction(async (tx) => {
    const report = await tx.report.findFirst({
      where: { id: input.reportId, ownerSecretHash: input.ownerSecretHash },
      select: { id: true },
    });
    if (!report) return false;
    await tx.shareLink.updateMany({
      where: { reportId: report.id, kind: input.kind, revokedAt: null },
      data: { revokedAt: now },
    });
    await tx.shareLink.create({
      data: {
        id: newToken(),
        reportId: report.id,
        kind: input.kind,
        tokenHash: hashToken(token),
        showName: input.kind === "share" && input.showName,
        displayName: input.kind === "share" && input.showName ? (input.displayName ?? null) : null,
        createdAt: now,
        expiresAt: input.expiresAt,
      },
    });
    return true;
  });
  return created ? token : null;
}

/** Revokes the owner's working link of this kind; true when there was one. */
export async function revokeLinkForOwner(
  { reportId, ownerSecretHash, kind }: { reportId: string; ownerSecretHash: string; kind: LinkKind },
  now = new Date(),
): Promise<boolean> {
  const { count } = await db.shareLink.updateMany({
    where: { reportId, kind, revokedAt: null, report: { ownerSecretHash } },
    data: { revokedAt: now },
  });
  return count > 0;
}

export interface ActiveLink {
  kind: LinkKind;
  createdAt: Date;
  expiresAt: Date | null;
  showName: boolean;
  displayName: string | null;
}

/** The owner's working links for one report, for the report page's share controls. */
export async function listActiveLinksForOwner(
  { reportId, ownerSecretHash }: { reportId: string; ownerSecretHash: string },
  now = new Date(),
): Promise<ActiveLink[]> {
  const rows = await db.shareLink.findMany({
    where: { reportId, report: { ownerSecretHash }, ...activeWhere(now) },
    select: { kind: true, createdAt: true, expiresAt: true, showName: true, displayName: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((row) => ({ ...row, kind: row.kind === "owner" ? "owner" : "share" }));
}

export interface SharedReport {
  report: Report;
  createdAt: Date;
  /** The owner's chosen name, only when they chose to show it on this link. */
  displayName: string | null;
}

/**
 * The report behind a working share link, or null. Only the analysis is read: the stored text, the job posting
 * and anything a coach wrote never leave the database on this path.
 */
export async function getSharedReport({ token }: { token: string }, now = new Date()): Promise<SharedReport | null> {
  const link = await db.shareLink.findFirst({
    where: { tokenHash: hashToken(token), kind: "share", ...activeWhere(now) },
    select: { showName: true, displayName: true, report: { select: { analysis: true, createdAt: true } } },
  });
  if (!link) return null;
  return {
    report: reportSchema.parse(JSON.parse(link.report.analysis)),
    createdAt: link.report.createdAt,
    displayName: link.showName ? link.displayName : null,
  };
}

/** The report a working owner link opens, and until when, or null. */
export async function getOwnerLink(
  { token }: { token: string },
  now = new Date(),
): Promise<{ reportId: string; expiresAt: Date | null } | null> {
  return db.shareLink.findFirst({
    where: { tokenHash: hashToken(token), kind: "owner", ...activeWhere(now) },
    select: { reportId: true, expiresAt: true },
  });
}

/**
 * What a working owner link for this report stands in for: its owner's secret hash, and until when the link works
 * (null: until revoked). The caller then reads the report exactly as its owner would, so there is one ownership
 * rule, not two; the expiry bounds what the link's holder may make in the owner's name.
 */
export async function getOwnerLinkAccess(
  { token, reportId }: { token: string; reportId: string },
  now = new Date(),
): Promise<{ ownerSecretHash: string; expiresAt: Date | null } | null> {
  const link = await db.shareLink.findFirst({
    where: { tokenHash: hashToken(token), kind: "owner", reportId, ...activeWhere(now) },
    select: { expiresAt: true, report: { select: { ownerSecretHash: true } } },
  });
  return link ? { ownerSecretHash: link.report.ownerSecretHash, expiresAt: link.expiresAt } : null;
}
