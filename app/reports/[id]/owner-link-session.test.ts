import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { getReportForCoach } from "@/lib/db/coach-review";
import { db } from "@/lib/db/client";
import { getReportForOwner } from "@/lib/db/reports";
import { createLinkForOwner, getOwnerLink } from "@/lib/db/share-links";
import { savedReportsOf } from "@/lib/db/testing/saved-reports";
import { hashToken, newToken } from "@/lib/tokens";

// The real actions against the real database; only the request (cookies, headers) and the page cache are stand-ins.
vi.mock("next/headers", () => import("@/app/_server/testing/fake-request"));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const { asBrowser, form } = await import("@/app/_server/testing/fake-request");
const { createLink } = await import("./share-actions");
const { attachToCoach, detachFromCoach } = await import("./coach-actions");

const { save: version } = savedReportsOf("Experience\nTrained PyTorch models for forecasting.", {
  text: "Trained PyTorch models for forecasting.",
  fileName: null,
});
const DAY_MS = 24 * 3600 * 1000;

/** An owner with a two-version chain, and a second device that opened the newer version through a 7-day owner link. */
async function ownerLinkDevice() {
  const secret = newToken(32);
  const owner = hashToken(secret);
  const first = await version(owner);
  const second = await version(owner, first);
  const expiresAt = new Date(Date.now() + 7 * DAY_MS);
  const link = (await createLinkForOwner({
    reportId: second,
    ownerSecretHash: owner,
    kind: "owner",
    expiresAt,
    showName: false,
  })) as string;
  return { owner, secret, first, second, expiresAt, link, device: { [`sg_ol_${second}`]: link } };
}

describe("a device that came in through a private owner link", () => {
  it("cannot make an owner link, so it cannot outlive the link it was given, and its own link keeps working", async () => {
    const { second, device, link } = await ownerLinkDevice();
    asBrowser(device);
    const result = await createLink(null, form({ reportId: second, kind: "owner", expiry: "none" }));
    expect(result).toMatchObject({ ok: false, code: "owner-link-limit" });
    expect(await getOwnerLink({ token: link })).not.toBeNull();
  });

  it("makes share links that expire no later than its own link", async () => {
    const { second, device, expiresAt } = await ownerLinkDevice();
    asBrowser(device);
    const result = await createLink(null, form({ reportId: second, kind: "share", expiry: "none" }));
    expect(result).toMatchObject({ ok: true, message: expect.stringContaining("with the private link you opened it through") });
    const made = await db.shareLink.findFirst({ where: { reportId: second, kind: "share", revokedAt: null } });
    expect(made?.expiresAt?.getTime()).toBe(expiresAt.getTime());
  });

  it("attaches and detaches only the report it opens, and says so; the owner's own browser moves the whole chain", async () => {
    const { owner, secret, first, second, device } = await ownerLinkDevice();
    const coachId = `coach-${randomUUID()}`;
    const intakeCode = newToken(16);
    await db.user.create({ data: { id: coachId, name: "Coach Link", email: `${coachId}@example.test`, intakeCode } });

    asBrowser(device);
    expect(await attachToCoach(null, form({ reportId: second, intakeCode, consent: "yes" }))).toMatchObject({
      ok: true,
      message: "This version is now visible to Coach Link.",
    });
    expect(await getReportForCoach({ id: second, coachId })).not.toBeNull();
    expect(await getReportForCoach({ id: first, coachId })).toBeNull();
    // The other version is beyond the link: not found, as for a stranger.
    expect(await detachFromCoach(null, form({ reportId: first }))).toMatchObject({ ok: false, code: "not-found" });

    asBrowser({ sg_owner: secret });
    expect(await attachToCoach(null, form({ reportId: second, intakeCode, consent: "yes" }))).toMatchObject({ ok: true });
    expect(await getReportForCoach({ id: first, coachId })).not.toBeNull();

    asBrowser(device);
    expect(await detachFromCoach(null, form({ reportId: second }))).toMatchObject({
      ok: true,
      message: expect.stringContaining("this version"),
    });
    expect(await getReportForCoach({ id: second, coachId })).toBeNull();
    expect((await getReportForOwner({ id: first, ownerSecretHash: owner }))?.coachId).toBe(coachId);
  });
});
