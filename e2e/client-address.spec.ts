import { randomUUID } from "node:crypto";
import { request as httpRequest } from "node:http";
import { GENAI_RESUME, expect, test } from "./fixtures";
import { limitedServer } from "./servers";

/**
 * Limits key on the address the connection comes from (scripts/next-server.mjs, lib/client-address.ts), never on
 * X-Forwarded-For, which any client writes. TRUST_PROXY is 0 here, as on a server with no proxy in front.
 */
test.describe("a server that takes three uploads per address and five sign-ins", () => {
  const origin = limitedServer(6, { UPLOAD_RATE_MAX: "3", UPLOAD_RATE_WINDOW_SECONDS: "600", SIGN_IN_MAX_ATTEMPTS: "5" });

  test("six uploads that each claim another X-Forwarded-For are not all saved", async ({ page, upload }) => {
    const outcomes: string[] = [];
    for (let i = 0; i < 6; i++) {
      await page.setExtraHTTPHeaders({ "x-forwarded-for": `198.51.100.${i + 1}`, "x-skillgap-peer-address": `203.0.113.${i + 1}` });
      await page.goto(origin);
      await upload.pasteText(GENAI_RESUME);
      const saved = page.waitForURL(/\/reports\//, { timeout: 20_000 }).then(() => "saved");
      const refused = page
        .getByRole("status")
        .locator('[data-error-code="rate-limited"]')
        .waitFor({ timeout: 20_000 })
        .then(() => "refused");
      outcomes.push(await Promise.race([saved, refused]));
    }
    expect(outcomes).toEqual(["saved", "saved", "saved", "refused", "refused", "refused"]);
  });

  /** POSTs a sign-in from `localAddress` (any 127.x address reaches the loopback server with its own source). */
  function signIn(localAddress: string, email: string, forwardedFor: string): Promise<number> {
    const body = JSON.stringify({ email, password: "wrong-password-123" });
    return new Promise((resolve, reject) => {
      const request = httpRequest(
        `${origin}/api/auth/sign-in/email`,
        {
          method: "POST",
          localAddress,
          headers: {
            "content-type": "application/json",
            origin,
            "x-forwarded-for": forwardedFor,
            "content-length": Buffer.byteLength(body),
          },
        },
        (response) => {
          response.resume();
          resolve(response.statusCode ?? 0);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  }

  test("sign-in is limited per connection address, whatever X-Forwarded-For claims", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await signIn("127.0.0.21", `nobody-${randomUUID()}@example.test`, `10.0.0.${i + 1}`));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  test("sign-in is limited per account, however many addresses the guesses come from", async () => {
    const email = `coach-${randomUUID()}@example.test`;
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push(await signIn(`127.0.1.${i + 1}`, email, "10.0.0.1"));
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });
});
