import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { scoreOutlets } from "../../lib/analysis/outlets";
import { corpusSource, loadSnapshot } from "../../lib/corpus/store";
import { launchBrowser, SCREENSHOTS } from "./browser";
import { ROOT } from "./server";

/**
 * The framing report as a user gets it: `npx adasa report articles --out report.html`,
 * opened in headless Chromium with the network cut off, and printed to PDF.
 */
const ADASA = path.join(ROOT, "bin", "adasa.js");
const adasa = (...args: string[]) => spawnSync(process.execPath, [ADASA, ...args], { cwd: ROOT, encoding: "utf8" });

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-report-"));
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("the framing report", () => {
  it("opens offline with one chart per target, the engine's naming numbers, and a candidate per outlet", async () => {
    const out = path.join(dir, "report.html");
    const r = adasa("report", "articles", "--out", out);
    expect(r.status).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const requests: string[] = [];
    await page.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith("file:") || url.startsWith("data:")) return route.continue();
      requests.push(url);
      return route.abort();
    });
    await page.goto(`file://${out}`);
    await page.evaluate(() => document.fonts.ready);
    expect(requests).toEqual([]);

    const snapshot = loadSnapshot(corpusSource({ ADASA_ARTICLES: path.join(ROOT, "articles") }));
    const outlets = scoreOutlets(snapshot.engine, snapshot.results, { voice: "all" });
    const targets = [...new Set(outlets.flatMap((o) => o.targets.map((t) => t.target)))].sort();
    const charted = await page.$$eval('svg[data-chart="naming"]', (els) => els.map((e) => e.getAttribute("data-target")!));
    expect([...charted].sort()).toEqual(targets);

    const cells = await page.$$eval("table.naming td[data-count]", (els) =>
      els.map((e) => [e.getAttribute("data-outlet"), e.closest("table")!.getAttribute("data-target"), e.getAttribute("data-term"), Number(e.getAttribute("data-count"))] as const),
    );
    for (const [outlet, target, term, count] of cells) {
      const naming = outlets.find((o) => o.outlet === outlet)?.targets.find((t) => t.target === target)?.naming ?? [];
      expect(count).toBe(naming.find((n) => n.term === term)?.count ?? 0);
    }
    expect(cells.filter(([, , , c]) => c > 0).length).toBe(outlets.reduce((s, o) => s + o.targets.reduce((t, x) => t + x.naming.length, 0), 0));

    const candidates = await page.$$eval("#keyness table", (tables) => tables.map((t) => [t.getAttribute("data-outlet"), t.querySelectorAll("tr.candidate").length] as const));
    expect(candidates.map(([o]) => o).sort()).toEqual(outlets.map((o) => o.outlet).sort());
    for (const [, n] of candidates) expect(n).toBeGreaterThan(0);

    const arabic = page.locator("table.naming td .ar").first();
    expect(await arabic.evaluate((e) => getComputedStyle(e).direction)).toBe("rtl");
    expect(await page.evaluate(() => document.fonts.check('16px "Noto Naskh Arabic"', "حفتر"))).toBe(true);
    await page.screenshot({ path: path.join(SCREENSHOTS, "report-html.png") });
    await page.close();
  });

  it("prints to PDF, whose first page shows right-to-left Arabic", async () => {
    const pdf = path.join(dir, "report.pdf");
    const r = adasa("report", "articles", "--out", pdf);
    expect(r.stderr).toMatch(/wrote PDF report/);
    expect(r.status).toBe(0);
    const bytes = fs.readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(20_000);
    // Chromium's own PDF viewer is not available headless: look at the first page as the HTML it printed
    const page = await browser.newPage({ viewport: { width: 794, height: 1123 } });
    await page.goto(`file://${path.join(dir, "report.html")}`);
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: path.join(SCREENSHOTS, "report-print-first-page.png") });
    await page.close();
  });

  it("prints a lesson's worksheet and answer key to PDF", () => {
    for (const args of [[], ["--answers"]]) {
      const out = path.join(dir, `sheet${args.length}.pdf`);
      const r = adasa("lesson", "worksheet", "lessons/haftar-names.yaml", ...args, "--out", out);
      expect(r.status).toBe(0);
      expect(fs.readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
    }
  });
});
