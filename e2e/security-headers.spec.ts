import { expect, GENAI_RESUME, test } from "./fixtures";
import { SharePanel, tokenOf } from "./share-panel";

/** The nonce a response's CSP allows scripts by, after checking the policy is the strict one. */
function strictNonce(csp: string | undefined): string {
  expect(csp, "Content-Security-Policy header").toBeTruthy();
  const scriptSrc = csp?.split("; ").find((directive) => directive.startsWith("script-src ")) ?? "";
  expect(scriptSrc).toContain("'strict-dynamic'");
  expect(csp).not.toContain("'unsafe-inline'");
  expect(csp).not.toContain("'unsafe-eval'");
  const nonce = /'nonce-([^']+)'/.exec(scriptSrc)?.[1];
  expect(nonce, `nonce in ${scriptSrc}`).toBeTruthy();
  return nonce as string;
}

test("every page has a strict CSP whose fresh nonce is on each of its scripts, and nothing the page needs is blocked", async ({
  page,
  upload,
  request,
}) => {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });

  // Uploading needs the page's scripts (the submit keeps the text on an error), so a blocked script would show.
  await upload.open();
  await upload.pasteText(GENAI_RESUME);
  await upload.expectReport();
  const reportPath = new URL(page.url()).pathname;
  const shareToken = tokenOf(await new SharePanel(page).create("share"));
  const ownerToken = tokenOf(await new SharePanel(page).create("owner"));

  const paths = ["/", "/practice", "/sign-in", "/sign-up", "/coach", reportPath, `/s/${shareToken}`, `/o/${ownerToken}`, "/no-such-page"];
  for (const path of paths) {
    const response = await page.goto(path);
    const headers = response?.headers() ?? {};
    const nonce = strictNonce(headers["content-security-policy"]);
    expect(headers["permissions-policy"], path).toContain("camera=()");
    // Served over plain http here: HSTS would be wrong (lib/security-headers.test.ts checks the https case).
    expect(headers["strict-transport-security"], path).toBeUndefined();
    const scripts = await page.locator("script").evaluateAll((elements) => elements.map((element) => (element as HTMLScriptElement).nonce));
    expect(scripts.length, path).toBeGreaterThan(0);
    expect(
      scripts.every((value) => value === nonce),
      `${path}: every script carries the nonce`,
    ).toBe(true);
  }

  expect(violations).toEqual([]);

  // A nonce is good for one response only.
  const first = strictNonce((await request.get("/")).headers()["content-security-policy"]);
  const second = strictNonce((await request.get("/")).headers()["content-security-policy"]);
  expect(first).not.toBe(second);

  // Markup injected into the page cannot run script: inline handlers need 'unsafe-inline', which the policy lacks.
  await page.goto("/");
  const ran = await page.evaluate(async () => {
    const box = document.createElement("div");
    box.innerHTML = `<img src="data:," onload="window.__injected = true" onerror="window.__injected = true">`;
    document.body.append(box);
    box.setAttribute("onclick", "window.__injected = true");
    box.click();
    await new Promise((resolve) => setTimeout(resolve, 100));
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
});
