import AxeBuilder from "@axe-core/playwright";
import { CONTACT_RESUME, expect, test as base } from "./fixtures";
import { SharePanel, expireLink, pngSize, tokenOf } from "./share-panel";

const test = base.extend<{ share: SharePanel }>({
  share: async ({ page }, use) => {
    await use(new SharePanel(page));
  },
});

const CONTACTS = ["jordan.doe@example.com", "555-0100", "linkedin.com/in/jordandoe", "github.com/jordandoe", "Baker Street", "Jordan"];

test("the owner shares a link, a stranger reads it without contact details or controls, the owner revokes it", async ({
  page,
  upload,
  share,
  browser,
  baseURL,
}) => {
  await upload.open();
  await upload.pasteText(CONTACT_RESUME);
  await upload.expectReport();
  const url = await share.create("share", { expiry: "7" });
  expect(url).toMatch(new RegExp(`^${baseURL}/s/[A-Za-z0-9_-]{22}$`));
  await expect(share.section("share").getByTestId("share-link-status")).toContainText("expires");
  expect((await new AxeBuilder({ page }).include("#share-panel").analyze()).violations).toEqual([]);

  // The copy button puts the address on the clipboard.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"]);
  await share.section("share").getByRole("button", { name: "Copy" }).click();
  await expect(share.section("share").getByText("Copied.")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);

  const stranger = await browser.newContext();
  const requests: string[] = [];
  stranger.on("request", (request) => requests.push(request.url()));
  const reader = await stranger.newPage();
  // The page's security policy must not break it: a blocked script shows up here.
  const consoleErrors: string[] = [];
  reader.on("console", (message) => {
    if (message.type() === "error") consoleErrors.push(message.text());
  });
  const response = await reader.goto(url);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  expect(response?.headers()["x-robots-tag"]).toContain("noindex");
  await expect(reader.getByRole("heading", { name: "A SkillGap report" })).toBeVisible();
  await expect(reader.getByTestId("tier")).toContainText("$140,000");
  await expect(reader.getByTestId("coverage")).toBeVisible();
  await expect(reader.locator('[data-skill="rag"]')).toContainText("Built a RAG pipeline over Pinecone");
  await expect(reader.locator("[data-gap]").first()).toBeVisible();
  await expect(reader.getByText("4,155 postings")).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);

  // Nothing that changes anything, and nothing the owner did not choose to show.
  await expect(reader.locator("form, button, input, select, textarea")).toHaveCount(0);
  const html = await response!.text();
  for (const detail of CONTACTS) expect(html, `shared page shows "${detail}"`).not.toContain(detail);
  // Lines that evidence no skill stay out: the page quotes evidence, never the resume.
  expect(html).not.toContain("Springfield");
  await reader.waitForLoadState("networkidle");
  const origin = new URL(baseURL!).origin;
  expect(requests.filter((address) => !address.startsWith(origin) && !address.startsWith("data:"))).toEqual([]);
  expect(consoleErrors).toEqual([]);
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);

  // The preview: title, summary and an image the app draws.
  const ogTitle = await reader.locator('meta[property="og:title"]').getAttribute("content");
  const ogDescription = await reader.locator('meta[property="og:description"]').getAttribute("content");
  expect(ogTitle).toBe("A SkillGap report");
  expect(ogDescription).toMatch(/^Salary tier: Generative-AI skills required \(median \$140,000\) · Market coverage \d+(\.\d)?%$/);
  const image = await reader.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(new RegExp(`^${origin}/s/${tokenOf(url)}/opengraph-image`));
  await expect(reader.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  await expect(reader.locator('meta[property="og:image:height"]')).toHaveAttribute("content", "630");
  await expect(reader.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const png = await reader.request.get(image!);
  expect(png.status()).toBe(200);
  expect(png.headers()["content-type"]).toBe("image/png");
  expect(png.headers()["cache-control"]).toContain("no-store");
  expect(await pngSize(png)).toEqual({ width: 1200, height: 630 });

  await share.revoke("share");
  const after = await reader.reload();
  expect(after?.status()).toBe(404);
  await expect(reader.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(reader.getByText("Built a RAG pipeline")).toHaveCount(0);
  expect((await reader.request.get(image!)).status()).toBe(404);
  await stranger.close();
});

test("every link state opens the report or the not-found page", async ({ page, upload, share, request }) => {
  await upload.open();
  await upload.pasteText(CONTACT_RESUME);
  await upload.expectReport();
  const status = async (url: string) => (await request.get(url)).status();

  const replaced = await share.create("share");
  const active = await share.create("share");
  expect(await status(active)).toBe(200);
  expect(await status(replaced)).toBe(404);

  await expireLink(tokenOf(active));
  expect(await status(active)).toBe(404);
  const expiredImage = await request.get(`${active}/opengraph-image`);
  expect(expiredImage.status()).toBe(404);

  const revoked = await share.create("share", { expiry: "none" });
  expect(await status(revoked)).toBe(200);
  await share.revoke("share");
  expect(await status(revoked)).toBe(404);

  // A well-formed token nobody was given, and shapes that are not tokens at all.
  expect(await status("/s/AAAAAAAAAAAAAAAAAAAAAA")).toBe(404);
  for (const malformed of ["x", "not-a-token!", "%2e%2e%2freports", "A".repeat(300)]) {
    expect(await status(`/s/${malformed}`), malformed).toBe(404);
  }
  // Not-found says the same for every dead link: nothing tells whether a report exists.
  const bodies = await Promise.all(
    [replaced, active, revoked, "/s/AAAAAAAAAAAAAAAAAAAAAA"].map(async (url) => {
      const text = await (await request.get(url)).text();
      return text.match(/<main[\s\S]*<\/main>/)?.[0];
    }),
  );
  expect(new Set(bodies).size).toBe(1);
  await expect(page.getByRole("heading", { name: "Your SkillGap report" })).toBeVisible();
});

test("the owner's name shows only when chosen, in the page and its preview", async ({ upload, share, request }) => {
  await upload.open();
  await upload.pasteText(CONTACT_RESUME);
  await upload.expectReport();
  const named = await (await request.get(await share.create("share", { showName: "Jo D." }))).text();
  expect(named).toContain("Jo D.&#x27;s SkillGap report");
  expect(named).toMatch(/<meta property="og:title" content="Jo D.&#x27;s SkillGap report"/);
  const unnamed = await (await request.get(await share.create("share"))).text();
  expect(unnamed).not.toContain("Jo D.");
  expect(unnamed).toMatch(/<meta property="og:title" content="A SkillGap report"/);
});

test("the private owner link opens the owner's view on another device until it is revoked", async ({ upload, share, browser, page }) => {
  await upload.open();
  await upload.pasteText(CONTACT_RESUME);
  await upload.expectReport();
  const reportUrl = page.url();
  const shareUrl = await share.create("share");
  const ownerUrl = await share.create("owner", { expiry: "30" });
  expect(ownerUrl).toMatch(/\/o\/[A-Za-z0-9_-]{22}$/);

  const laptop = await browser.newContext();
  const other = await laptop.newPage();
  const landing = await other.goto(ownerUrl);
  expect(landing?.headers()["referrer-policy"]).toBe("no-referrer");
  await other.getByRole("button", { name: "Open my report on this device" }).click();
  await expect(other).toHaveURL(reportUrl);
  await expect(other.getByRole("heading", { name: "Your SkillGap report" })).toBeVisible();
  // Owner controls work there: revoking the share link from the other device kills it.
  await new SharePanel(other).revoke("share");
  expect((await other.request.get(shareUrl)).status()).toBe(404);

  // The share link is not an owner link, and an owner link is not a share link.
  expect((await other.request.get(ownerUrl.replace("/o/", "/s/"))).status()).toBe(404);
  expect((await other.request.get(shareUrl.replace("/s/", "/o/"))).status()).toBe(404);

  await share.revoke("owner");
  expect((await other.reload())?.status()).toBe(404);
  expect((await other.goto(ownerUrl))?.status()).toBe(404);
  await laptop.close();
});
