import { randomUUID } from "node:crypto";
import { redirect } from "next/navigation";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { getAuth } from "@/lib/auth";
import { createReport } from "@/lib/db/reports";
import { createLinkForOwner, revokeLinkForOwner } from "@/lib/db/share-links";
import { AppError } from "@/lib/errors";
import { BUNDLED_SNAPSHOT_PATH, readSnapshotFile } from "@/lib/market/load";
import { analyze } from "@/lib/report/analyze";
import { pastedResume } from "@/lib/resume/schema";
import { hashToken, newToken } from "@/lib/tokens";

// The request's cookies and headers are the test's to set; everything behind them is real.
vi.mock("next/headers", () => import("./testing/fake-request"));
const { asBrowser, form } = await import("./testing/fake-request");
const { coachAction, NOT_FOUND, ownerAction, publicAction, reportIdField } = await import("./action");

const snapshot = readSnapshotFile(BUNDLED_SNAPSHOT_PATH);
const report = analyze(pastedResume("Experience\nTrained PyTorch models for forecasting."), snapshot);

/** A report owned by a fresh browser secret; returns the id and that browser's cookie. */
async function ownedReport() {
  const secret = newToken(32);
  const id = await createReport({
    ownerSecretHash: hashToken(secret),
    snapshotId: snapshot.id,
    report,
    text: "Trained PyTorch models for forecasting.",
    fileName: null,
    uploadKey: randomUUID(),
  });
  return { id, secret, cookies: { sg_owner: secret } };
}

const ok = async () => ({ ok: true as const });

describe("publicAction", () => {
  it("answers invalid input with field messages, and the handler never sees it", async () => {
    const handler = vi.fn(ok);
    const action = publicAction(z.object({ name: z.string().min(3, { message: "Too short." }) }), handler);
    asBrowser();
    expect(await action(null, form({ name: "ab" }))).toEqual({
      ok: false,
      code: "invalid-input",
      message: "Too short.",
      fieldErrors: { name: ["Too short."] },
    });
    expect(handler).not.toHaveBeenCalled();
    expect(await action(null, form({ name: "abc" }))).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith({ name: "abc" }, expect.objectContaining({ clientAddress: expect.any(String) }));
  });

  it("logs an internal error and answers with the vocabulary's sentence, never the cause", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => {});
    const action = publicAction(z.object({}), async function leaky() {
      throw new Error("SQLITE_CONSTRAINT: Report.ownerSecretHash = 'abc'");
    });
    const result = await action(null, form({}));
    expect(result).toMatchObject({ ok: false, code: "internal" });
    expect(JSON.stringify(result)).not.toContain("SQLITE");
    expect(log).toHaveBeenCalledWith("leaky failed", expect.any(Error));
    log.mockRestore();
  });

  it("passes a coded failure through, and lets redirect() through as the answer it is", async () => {
    const coded = publicAction(z.object({}), async () => {
      throw new AppError("too-large");
    });
    expect(await coded(null, form({}))).toMatchObject({ ok: false, code: "too-large" });
    const redirecting = publicAction(z.object({}), async () => redirect("/somewhere"));
    await expect(redirecting(null, form({}))).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
  });
});

describe("ownerAction", () => {
  const schema = z.object({ reportId: reportIdField, note: z.string().optional() });

  it("runs for the browser that owns the report, and says it came through its own secret", async () => {
    const mine = await ownedReport();
    const handler = vi.fn(ok);
    asBrowser(mine.cookies);
    expect(await ownerAction(schema, handler)(null, form({ reportId: mine.id }))).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith({ reportId: mine.id }, { secretHash: hashToken(mine.secret), via: "secret", linkExpiresAt: null });
  });

  it("answers the same not-found to a stranger, a missing cookie, a malformed id and a made-up id, before the handler runs", async () => {
    const mine = await ownedReport();
    const stranger = await ownedReport();
    const handler = vi.fn(ok);
    const action = ownerAction(schema, handler);
    for (const [cookies, reportId] of [
      [stranger.cookies, mine.id],
      [{}, mine.id],
      [mine.cookies, "not a token"],
      [mine.cookies, newToken()],
      [{ sg_owner: "forged" }, mine.id],
    ] as const) {
      asBrowser(cookies);
      expect(await action(null, form({ reportId }))).toEqual(NOT_FOUND);
    }
    expect(handler).not.toHaveBeenCalled();
  });

  it("reads the report id from the form only: an id in the previous state or a bound argument is ignored", async () => {
    const mine = await ownedReport();
    const handler = vi.fn(ok);
    asBrowser(mine.cookies);
    const action = ownerAction(schema, handler) as (...args: unknown[]) => Promise<unknown>;
    expect(await action({ reportId: mine.id }, form({}))).toEqual(NOT_FOUND);
    expect(await action(mine.id, form({}))).toEqual(NOT_FOUND);
    expect(handler).not.toHaveBeenCalled();
  });

  it("through an owner link, says so and until when; a revoked link is a stranger again", async () => {
    const mine = await ownedReport();
    const other = await ownedReport();
    const expiresAt = new Date(Date.now() + 7 * 24 * 3600 * 1000);
    const link = await createLinkForOwner({
      reportId: mine.id,
      ownerSecretHash: hashToken(mine.secret),
      kind: "owner",
      expiresAt,
      showName: false,
    });
    const handler = vi.fn(ok);
    const action = ownerAction(schema, handler);
    asBrowser({ [`sg_ol_${mine.id}`]: link as string });
    expect(await action(null, form({ reportId: mine.id }))).toEqual({ ok: true });
    expect(handler).toHaveBeenLastCalledWith(
      { reportId: mine.id },
      { secretHash: hashToken(mine.secret), via: "owner-link", linkExpiresAt: expiresAt },
    );
    // The link opens its own report only.
    expect(await action(null, form({ reportId: other.id }))).toEqual(NOT_FOUND);
    asBrowser({ [`sg_ol_${other.id}`]: link as string });
    expect(await action(null, form({ reportId: other.id }))).toEqual(NOT_FOUND);

    await revokeLinkForOwner({ reportId: mine.id, ownerSecretHash: hashToken(mine.secret), kind: "owner" });
    asBrowser({ [`sg_ol_${mine.id}`]: link as string });
    expect(await action(null, form({ reportId: mine.id }))).toEqual(NOT_FOUND);
    expect(handler).toHaveBeenCalledTimes(1);
  });

  it("checks the owner before the form's other fields: a stranger learns nothing from a validation message", async () => {
    const mine = await ownedReport();
    const strict = ownerAction(z.object({ reportId: reportIdField, note: z.string().min(5) }), vi.fn(ok));
    asBrowser();
    expect(await strict(null, form({ reportId: mine.id, note: "x" }))).toEqual(NOT_FOUND);
    asBrowser(mine.cookies);
    expect(await strict(null, form({ reportId: mine.id, note: "x" }))).toMatchObject({ ok: false, code: "invalid-input" });
  });
});

describe("coachAction", () => {
  let sessionCookie = "";
  const email = `wrapper-${randomUUID().slice(0, 8)}@example.test`;

  beforeAll(async () => {
    asBrowser();
    const auth = await getAuth();
    const { headers } = await auth.api.signUpEmail({
      body: { name: "Wrapper Coach", email, password: "river-lantern-42-orbit" },
      returnHeaders: true,
    });
    sessionCookie = (headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(sessionCookie).toContain("=");
  });

  it("answers not-found without a session, and hands the signed-in coach to the handler", async () => {
    const handler = vi.fn(ok);
    const action = coachAction(z.object({ reportId: reportIdField }), handler);
    asBrowser();
    expect(await action(null, form({ reportId: newToken() }))).toEqual(NOT_FOUND);
    asBrowser({}, { cookie: "better-auth.session_token=forged.value" });
    expect(await action(null, form({ reportId: newToken() }))).toEqual(NOT_FOUND);
    expect(handler).not.toHaveBeenCalled();

    asBrowser({}, { cookie: sessionCookie });
    expect(await action(null, form({ reportId: "bad id" }))).toEqual(NOT_FOUND);
    const reportId = newToken();
    expect(await action(null, form({ reportId }))).toEqual({ ok: true });
    expect(handler).toHaveBeenCalledWith({ reportId }, expect.objectContaining({ email, name: "Wrapper Coach" }));
  });
});
