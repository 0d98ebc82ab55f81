/**
 * Home page (/): one section per target the engine reports, and every bar and
 * heat-map cell carrying the engine's own numbers.
 */
import type { Browser, Page } from "playwright-core";
import { passages } from "../../lib/report/passages";
import { open, type PageLog } from "./browser";
import { corpus, expectedCharts } from "./expected";
import { startApp, stopApp, type AppServer } from "./server";

let server: AppServer;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser, page, log } = await startApp());
}, 120_000);
afterAll(() => stopApp({ server, browser }));

interface Bar {
  section: string | null;
  outlet: string | null;
  term: string | null;
  count: string | null;
  n: string | null;
  mean: string | null;
  loaded: string | null;
  href: string | null;
}

async function bars(testid: string): Promise<Bar[]> {
  return page.$$eval(`[data-testid="${testid}"]`, (els) =>
    els.map((e) => {
      const link = e.closest("a") ?? e.querySelector("a");
      return {
        section: e.closest('section[data-testid^="target-"]')?.getAttribute("data-testid")?.slice("target-".length) ?? null,
        outlet: e.getAttribute("data-outlet"),
        term: e.getAttribute("data-term"),
        count: e.getAttribute("data-count"),
        n: e.getAttribute("data-n"),
        mean: e.getAttribute("data-mean"),
        loaded: e.getAttribute("data-loaded"),
        href: link?.getAttribute("href") ?? null,
      };
    }),
  );
}

const key = (...parts: (string | null)[]) => parts.join(" | ");
const { outlets, charts } = expectedCharts();
const lexicon = corpus().engine.lexicon;

/** outlet | term → naming count, for every count the engine reports (all > 0). */
const namingCounts = new Map<string, number>();
for (const o of outlets) for (const t of o.targets) for (const n of t.naming) namingCounts.set(key(o.outlet, n.term), n.count);

describe.each(["/", "/?lang=ar"])("home page %s", (url) => {
  beforeAll(async () => {
    await open(page, url);
  });

  it("has exactly one section per target the engine reports", async () => {
    const sections = await page.$$eval('section[data-testid^="target-"]', (els) => els.map((e) => e.getAttribute("data-testid")!.slice("target-".length)));
    expect([...sections].sort()).toEqual(charts.map((c) => c.target).sort());
  });

  it("shows the engine's naming count on every naming bar, one bar per outlet, target and term", async () => {
    const shown = await bars("naming-bar");
    expect(shown.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const seen = new Map<string, string | null>();
    for (const b of shown) {
      const k = key(b.outlet, b.term);
      const want = namingCounts.get(k) ?? 0;
      if (b.count === null || Number(b.count) !== want) problems.push(`${k}: data-count=${b.count}, engine says ${want}`);
      const target = b.term ? lexicon.entries.get(b.term)?.target : undefined;
      if (!target) problems.push(`${k}: data-term is not a lexicon entry`);
      // a side-switching label resolved to a camp is counted in the camp's section
      else if (b.section !== target && lexicon.targets.get(target)?.kind !== "label") problems.push(`${k}: in section target-${b.section}, the term's target is ${target}`);
      if (seen.has(k) && seen.get(k) !== b.count) problems.push(`${k}: several bars with different counts`);
      seen.set(k, b.count);
    }
    for (const [k, count] of namingCounts) if (!seen.has(k)) problems.push(`${k}: no naming bar (engine count ${count})`);
    expect(problems).toEqual([]);
  });

  it("shows the engine's stance n and mean on every stance bar", async () => {
    const shown = await bars("stance-bar");
    expect(shown.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const b of shown) {
      const row = charts.find((c) => c.target === b.section)?.stance.find((s) => s.outlet === b.outlet);
      const k = key(b.section, b.outlet);
      if (!row) {
        problems.push(`${k}: stance bar for an outlet/target the engine does not chart`);
        continue;
      }
      if (Number(b.n) !== row.n || b.n === null) problems.push(`${k}: data-n=${b.n}, engine says ${row.n}`);
      const mean = b.mean === null || b.mean === "" ? NaN : Number(b.mean);
      if (row.mean === null ? Number.isFinite(mean) : !(Math.abs(mean - row.mean) <= 0.01)) problems.push(`${k}: data-mean=${b.mean}, engine says ${row.mean}`);
    }
    expect(problems).toEqual([]);
  });

  it("shows the engine's loaded-term count on every density bar", async () => {
    const shown = await bars("density-bar");
    expect(shown.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const b of shown) {
      const row = charts.find((c) => c.target === b.section)?.density.find((d) => d.outlet === b.outlet);
      const k = key(b.section, b.outlet);
      if (!row) problems.push(`${k}: density bar for an outlet/target the engine does not chart`);
      else if (b.loaded === null || Number(b.loaded) !== row.loaded) problems.push(`${k}: data-loaded=${b.loaded}, engine says ${row.loaded}`);
    }
    expect(problems).toEqual([]);
  });

  it("shows the engine's count in every heat-map cell, with a cell for every term an outlet uses", async () => {
    const shown = await bars("heat-cell");
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of shown) {
      const k = key(c.outlet, c.term);
      const want = namingCounts.get(k) ?? 0;
      if (c.count === null || Number(c.count) !== want) problems.push(`${k}: data-count=${c.count}, engine says ${want}`);
      seen.add(k);
    }
    for (const [k, count] of namingCounts) if (!seen.has(k)) problems.push(`${k}: no heat-map cell (engine count ${count})`);
    expect(problems).toEqual([]);
  });
});

describe("naming bar link", () => {
  it("links to /passages, which lists the passages behind the bar", async () => {
    await open(page, "/");
    const bar = (await bars("naming-bar")).find((b) => Number(b.count) > 0);
    expect(bar).toBeDefined();
    expect(bar!.href).toMatch(/^(https?:\/\/[^/]+)?\/passages\?/);
    const want = passages(corpus().results, { outlet: bar!.outlet!, target: lexicon.entries.get(bar!.term!)!.target, term: bar!.term! });
    expect(want.length).toBe(Number(bar!.count));

    await open(page, bar!.href!);
    const text = await page.evaluate(() => document.body.innerText);
    const missing = want.map((p) => p.sentence.slice(p.start, p.end)).filter((m) => !text.includes(m));
    expect(missing).toEqual([]);
    const links = await page.$$eval("a[href]", (as) => as.map((a) => a.getAttribute("href")!));
    for (const id of new Set(want.map((p) => p.article))) {
      expect(links.filter((h) => h.includes(`/articles/${encodeURIComponent(id)}`)).length).toBeGreaterThan(0);
    }
    expect(log.errors).toEqual([]);
  });
});
