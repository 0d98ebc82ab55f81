import fs from "node:fs";

/**
 * HTML → PDF by headless Chromium (Debian's `chromium`), driven by
 * playwright-core. The page is printed offline: every network request is
 * refused, so a report that needs the network would show it.
 */
export const CHROMIUM_FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  const candidates = [env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable"];
  return candidates.find((c): c is string => Boolean(c) && fs.existsSync(c!));
}

export class NoChromiumError extends Error {
  constructor() {
    super("PDF needs Chromium, and none was found (looked at $CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/google-chrome). Install it (Debian: apt-get install chromium) or write --format html and print that.");
  }
}

/** The PDF of `html`, as bytes (and written to `out` when given). */
export async function htmlToPdf(html: string, out?: string): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) throw new NoChromiumError();
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  try {
    const page = await browser.newPage();
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ path: out, format: "A4", printBackground: true, margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" } });
  } finally {
    await browser.close();
  }
}
