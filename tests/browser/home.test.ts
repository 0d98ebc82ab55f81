/**
 * Home page (/): the overview first, then one target's charts at a time (`?target=`), every
 * bar and heat-map cell carrying the engine's own numbers.
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

/**
 * target | outlet | term → naming count, for every count the engine reports (all > 0). The target is
 * part of the key: a side-switching label resolved to a camp in one sentence and left generic in
 * another is counted under both targets.
 */
const namingCounts = new Map<string, number>();
for (const o of outlets) for (const t of o.targets) for (const n of t.naming) namingCounts.set(key(t.target, o.outlet, n.term), n.count);

/** What one language's home pages showed, one page per target (`/?target=ID`): the page shows one target's charts at a time. */
interface Shown {
  sections: string[][];
  naming: Bar[];
  stance: Bar[];
  density: Bar[];
  heat: Bar[];
  overview: string[];
}

describe.each([
  ["en", charts.map((c) => c.target)],
  ["ar", charts.slice(0, 3).map((c) => c.target)],
])("home page in %s", (lang, targets) => {
  const shown: Shown = { sections: [], naming: [], stance: [], density: [], heat: [], overview: [] };
  const visited = new Set(targets);
  beforeAll(async () => {
    for (const target of targets) {
      await open(page, `/?target=${encodeURIComponent(target)}${lang === "ar" ? "&lang=ar" : ""}`);
      shown.sections.push(await page.$$eval('section[data-testid^="target-"]', (els) => els.map((e) => e.getAttribute("data-testid")!.slice("target-".length))));
      shown.naming.push(...(await bars("naming-bar")));
      shown.stance.push(...(await bars("stance-bar")));
      shown.density.push(...(await bars("density-bar")));
      // the heat map sits beside the target's section: its cells are the shown target's
      shown.heat.push(...(await bars("heat-cell")).map((b) => ({ ...b, section: target })));
      if (shown.overview.length === 0) shown.overview = await page.$$eval('[data-testid^="overview-"]', (els) => els.map((e) => e.getAttribute("data-testid")!));
    }
  }, 240_000);

  it("answers first: an overview card per target where outlets differ, then the charts of exactly the target asked for", async () => {
    expect(shown.overview.length).toBeGreaterThan(0);
    expect(shown.sections).toEqual(targets.map((t) => [t]));
  });

  it("shows the engine's naming count on every naming bar, one bar per outlet, target and term", async () => {
    expect(shown.naming.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const seen = new Map<string, string | null>();
    for (const b of shown.naming) {
      const k = key(b.section, b.outlet, b.term);
      const want = namingCounts.get(k) ?? 0;
      if (b.count === null || Number(b.count) !== want) problems.push(`${k}: data-count=${b.count}, engine says ${want}`);
      const target = b.term ? lexicon.entries.get(b.term)?.target : undefined;
      if (!target) problems.push(`${k}: data-term is not a lexicon entry`);
      // a side-switching label resolved to a camp is counted in the camp's section
      else if (b.section !== target && lexicon.targets.get(target)?.kind !== "label") problems.push(`${k}: in section target-${b.section}, the term's target is ${target}`);
      if (seen.has(k) && seen.get(k) !== b.count) problems.push(`${k}: several bars with different counts`);
      seen.set(k, b.count);
    }
    for (const [k, count] of namingCounts) {
      const section = k.split(" | ")[0]!;
      if (visited.has(section) && !seen.has(k)) problems.push(`${k}: no naming bar (engine count ${count})`);
    }
    expect(problems).toEqual([]);
  });

  it("shows the engine's stance n and mean on every stance bar", async () => {
    expect(shown.stance.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const b of shown.stance) {
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
    expect(shown.density.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const b of shown.density) {
      const row = charts.find((c) => c.target === b.section)?.density.find((d) => d.outlet === b.outlet);
      const k = key(b.section, b.outlet);
      if (!row) problems.push(`${k}: density bar for an outlet/target the engine does not chart`);
      else if (b.loaded === null || Number(b.loaded) !== row.loaded) problems.push(`${k}: data-loaded=${b.loaded}, engine says ${row.loaded}`);
    }
    expect(problems).toEqual([]);
  });

  it("shows the engine's count in every heat-map cell, with a cell for every term an outlet uses", async () => {
    const problems: string[] = [];
    const seen = new Set<string>();
    for (const c of shown.heat) {
      const k = key(c.section, c.outlet, c.term);
      const want = namingCounts.get(k) ?? 0;
      if (c.count === null || Number(c.count) !== want) problems.push(`${k}: data-count=${c.count}, engine says ${want}`);
      seen.add(k);
    }
    for (const [k, count] of namingCounts) {
      if (visited.has(k.split(" | ")[0]!) && !seen.has(k)) problems.push(`${k}: no heat-map cell (engine count ${count})`);
    }
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
