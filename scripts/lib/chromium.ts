/**
 * How every browser SkillGap drives is launched: Debian's Chromium (Playwright downloads no browser here), headless,
 * with nothing that reaches the network on its own. The Playwright suite (playwright.config.ts) and the scripts that
 * drive a browser (screenshots, bench:import) share it.
 */
export const CHROMIUM_LAUNCH = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};
