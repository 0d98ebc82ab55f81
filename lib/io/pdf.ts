import fs from "node:fs";
import type { Browser } from "playwright-core";

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

const launch = async (): Promise<Browser> => {
  const executablePath = findChromium();
  if (!executablePath) throw new NoChromiumError();
  const { chromium } = await import("playwright-core");
  return chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
};

/** `html` printed in a fresh page of `browser`, offline; the page is closed after. */
async function printOn(browser: Browser, html: string, out?: string): Promise<Uint8Array> {
  const page = await browser.newPage();
  try {
    await page.route("**/*", (route) => (route.request().url().startsWith("data:") ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: "load" });
    await page.evaluate(() => document.fonts.ready);
    return await page.pdf({ path: out, format: "A4", printBackground: true, margin: { top: "15mm", bottom: "15mm", left: "12mm", right: "12mm" } });
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The PDF of `html`, as bytes (and written to `out` when given), by a Chromium of its own: for a command that prints once and exits. */
export async function htmlToPdf(html: string, out?: string): Promise<Uint8Array> {
  const browser = await launch();
  try {
    return await printOn(browser, html, out);
  } finally {
    await browser.close();
  }
}

/** Pages printed at once by the server's shared Chromium; further requests wait their turn. */
export const SHARED_PDF_PAGES = 2;

// Next bundles each route apart: the browser and its queue live on globalThis, once per process.
const shared = globalThis as unknown as { __adasaPdf?: { browser: Promise<Browser> | null; busy: number; waiting: (() => void)[] } };
const state = () => (shared.__adasaPdf ??= { browser: null, busy: 0, waiting: [] });

/** The process's one Chromium, launched on first use and again if it died or failed to start. */
function sharedBrowser(): Promise<Browser> {
  const s = state();
  s.browser ??= launch().then(
    (browser) => {
      browser.on("disconnected", () => (s.browser = null));
      return browser;
    },
    (error: unknown) => {
      s.browser = null;
      throw error;
    },
  );
  return s.browser;
}

async function turn(): Promise<void> {
  const s = state();
  if (s.busy < SHARED_PDF_PAGES) {
    s.busy++;
    return;
  }
  await new Promise<void>((resolve) => s.waiting.push(resolve)); // the slot is handed over by done()
}

function done(): void {
  const s = state();
  const next = s.waiting.shift();
  if (next) next();
  else s.busy--;
}

/**
 * The PDF of `html` for a long-running server: one headless Chromium for the
 * whole process (not one per request: six requests at once started twelve
 * processes and took half a minute each), at most SHARED_PDF_PAGES pages
 * printing at once, the rest queued in order. playwright-core closes the
 * browser when the process exits (its exit and signal handlers).
 */
export async function htmlToPdfShared(html: string): Promise<Uint8Array> {
  await turn();
  try {
    return await printOn(await sharedBrowser(), html);
  } finally {
    done();
  }
}
