import { randomUUID } from "node:crypto";
import type { Browser, BrowserContext, Page } from "@playwright/test";
import { expect, test as base, UploadPage } from "./fixtures";

export const COACH_PASSWORD = "river-lantern-42-orbit";

/** A coach as a user drives the app: sign up, read the intake link, work the dashboard. */
export class CoachPage {
  readonly name: string;
  readonly email: string;
  constructor(
    readonly page: Page,
    label: string,
  ) {
    const id = randomUUID().slice(0, 8);
    this.name = `${label} ${id}`;
    this.email = `coach-${id}@example.test`;
  }

  async signUp() {
    await this.page.goto("/sign-up");
    await this.page.getByLabel("Display name").fill(this.name);
    await this.page.getByLabel("Email").fill(this.email);
    await this.page.getByLabel("Password").fill(COACH_PASSWORD);
    await this.page.getByRole("button", { name: "Create coach account" }).click();
    await expect(this.page.getByRole("heading", { name: "Your clients" })).toBeVisible();
  }

  async intakeLink(): Promise<string> {
    return this.page.getByRole("textbox", { name: "Intake link" }).inputValue();
  }

  async openDashboard(search = "") {
    await this.page.goto(`/coach${search}`);
  }

  /** Submits the filter form and waits for the page it leads to. */
  async apply() {
    const before = this.page.url();
    await this.page.getByRole("button", { name: "Apply" }).click();
    await this.page.waitForURL((url) => url.href !== before);
  }

  /** Client labels of the dashboard rows, in order. */
  async rowLabels(): Promise<string[]> {
    return this.page.locator("[data-report-row] th a").allTextContents();
  }
}

/** A fresh browser with no cookies: a candidate, or a second coach. */
export async function newPerson(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  return { context, page: await context.newPage() };
}

/** A candidate uploading through a coach's intake link, agreeing to share. */
export async function uploadThroughIntake(page: Page, link: string, { label, text }: { label?: string; text: string }) {
  await page.goto(link);
  if (label) await page.getByLabel(/Your name or a nickname/).fill(label);
  await page.getByLabel(/I agree that this report will be visible to my coach/).check();
  await new UploadPage(page).pasteText(text);
  await new UploadPage(page).expectReport();
  return page.url();
}

/** Minimal RFC 4180 reader, enough to check what a spreadsheet program would see. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") {
      row.push(field);
      field = "";
    } else if (char === "\r" && text[index + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      index++;
    } else field += char;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export const test = base.extend<{ coach: CoachPage }>({
  coach: async ({ page }, use) => {
    await use(new CoachPage(page, "Coach"));
  },
});

export { expect };
