import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { ROOT } from "./server";

/** Debian's Chromium (never a downloaded one); CHROMIUM_PATH overrides. */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";
export const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install chromium (.ci/run does)`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"],
  });
}

/** What went wrong in the page while a test used it. */
export interface PageLog {
  readonly errors: string[];
  readonly dialogs: string[];
}

/** A fresh page (own context) on `baseURL`; uncaught errors and dialogs are recorded, dialogs dismissed. */
export async function newPage(browser: Browser, baseURL: string): Promise<{ page: Page; log: PageLog }> {
  const context = await browser.newContext({ baseURL, viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  // a first page of a fresh server can take long on a machine busy with the other suites
  page.setDefaultNavigationTimeout(40_000);
  const log: PageLog = { errors: [], dialogs: [] };
  page.on("pageerror", (e) => log.errors.push(e.message));
  page.on("dialog", (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  return { page, log };
}

/** Opens `url` and waits until the page is quiet (hydrated, charts drawn); fails on an HTTP error. */
export async function open(page: Page, url: string): Promise<void> {
  const res = await page.goto(url, { waitUntil: "networkidle" });
  if (!res) throw new Error(`no response for ${url}`);
  if (res.status() !== 200) throw new Error(`${url} answered ${res.status()}`);
  await settled(page);
}

/**
 * Resolves once the DOM has not changed for `quietMs` (charts animate their
 * bars in after hydration), or after `timeoutMs` whatever happens.
 */
export async function settled(page: Page, quietMs = 400, timeoutMs = 10_000): Promise<void> {
  await page.evaluate(
    ([quiet, timeout]) =>
      new Promise<void>((resolve) => {
        let timer: ReturnType<typeof setTimeout>;
        const done = () => {
          observer.disconnect();
          clearTimeout(cap);
          resolve();
        };
        const observer = new MutationObserver(() => {
          clearTimeout(timer);
          timer = setTimeout(done, quiet);
        });
        observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
        timer = setTimeout(done, quiet);
        const cap = setTimeout(done, timeout);
      }),
    [quietMs, timeoutMs] as const,
  );
}

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: readonly { readonly target: readonly unknown[]; readonly html: string; readonly failureSummary?: string }[];
}

/** axe-core over the current page: the violations with impact "serious" or "critical". */
export async function checkA11y(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** A readable list of violations for a failure message. */
export function formatViolations(url: string, violations: readonly AxeViolation[]): string {
  if (violations.length === 0) return `${url}: no serious or critical violations`;
  const lines = [`${url}: ${violations.length} serious/critical axe violation(s)`];
  for (const v of violations) {
    lines.push(`- [${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})`);
    for (const n of v.nodes.slice(0, 5)) {
      lines.push(`    ${JSON.stringify(n.target)} ${n.html.slice(0, 200)}`);
      if (n.failureSummary) lines.push(`      ${n.failureSummary.replace(/\n/g, "\n      ")}`);
    }
    if (v.nodes.length > 5) lines.push(`    … and ${v.nodes.length - 5} more`);
  }
  return lines.join("\n");
}

/** A full-page PNG at test-results/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name.replace(/[^\w.-]+/g, "_")}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
