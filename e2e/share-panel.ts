import { expect, type APIResponse, type Page } from "@playwright/test";
import { hashToken } from "../lib/tokens";
import { openE2EDatabase } from "./servers";

type Kind = "share" | "owner";

/** The owner's link controls on a report page, worked by labels and roles. */
export class SharePanel {
  constructor(readonly page: Page) {}

  section(kind: Kind) {
    return this.page.locator(`[data-link-kind="${kind}"]`);
  }

  /** The controls sit in a disclosure that starts closed, so the report comes first. */
  async expand() {
    const panel = this.page.locator("details#share-panel");
    if ((await panel.getAttribute("open")) === null) await panel.locator("summary").click();
  }

  /** Creates (or replaces) a link and returns the address the page shows once. */
  async create(kind: Kind, options: { expiry?: "7" | "30" | "none"; showName?: string } = {}): Promise<string> {
    await this.expand();
    const section = this.section(kind);
    const field = section.getByLabel(/^Your new/);
    const before = (await field.count()) > 0 ? await field.inputValue() : null;
    await section.getByLabel(/expires after/).selectOption(options.expiry ?? "30");
    if (options.showName) {
      await section.getByLabel("Show my name on the shared page").check();
      await section.getByLabel("Name to show").fill(options.showName);
    }
    await section.getByRole("button", { name: /^(Create a|Replace the)/ }).click();
    await expect(section.getByRole("status")).toContainText("Link ready");
    await expect.poll(async () => ((await field.count()) > 0 ? field.inputValue() : null)).not.toBe(before);
    return field.inputValue();
  }

  async revoke(kind: Kind) {
    await this.expand();
    const section = this.section(kind);
    await section.getByRole("button", { name: /^Revoke the/ }).click();
    await expect(section.getByRole("status")).toContainText("Link revoked");
    await expect(section.getByTestId(`${kind}-link-status`)).toContainText("No ");
  }
}

/** The token at the end of a link address. */
export const tokenOf = (url: string) => new URL(url).pathname.split("/").pop() ?? "";

/**
 * Moves one link's expiry into the past in the test server's own database: the only way to meet an expired link
 * without waiting a week. Path as in playwright.config.ts.
 */
export async function expireLink(token: string) {
  const db = openE2EDatabase();
  try {
    const { count } = await db.shareLink.updateMany({
      where: { tokenHash: hashToken(token) },
      data: { expiresAt: new Date(Date.now() - 60_000) },
    });
    expect(count).toBe(1);
  } finally {
    await db.$disconnect();
  }
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
export async function pngSize(response: APIResponse): Promise<{ width: number; height: number }> {
  const bytes = await response.body();
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}
