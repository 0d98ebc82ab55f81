/**
 * Annotated diff (/compare?a=wire-a&b=wire-b): the framing swaps at the top,
 * each linking to the aligned pair where it happens.
 */
import type { Browser, Page } from "playwright-core";
import { open, type PageLog } from "./browser";
import { expectedSwaps } from "./expected";
import { startApp, stopApp, type AppServer } from "./server";

let server: AppServer;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser, page, log } = await startApp());
}, 120_000);
afterAll(() => stopApp({ server, browser }));

describe("compare /compare?a=wire-a&b=wire-b", () => {
  const isisPairs = expectedSwaps("wire-a", "wire-b")
    .filter((s) => s.target === "isis")
    .map((s) => s.pair);

  it("the engine finds an isis swap between the wire copies (test premise)", () => {
    expect(isisPairs.length).toBeGreaterThan(0);
  });

  it("lists the isis swap in the summary, linking to its pair on the page", async () => {
    await open(page, "/compare?a=wire-a&b=wire-b");
    const swaps = page.locator('[data-testid="swap-summary"] [data-testid="swap"][data-target="isis"]');
    expect(await swaps.count()).toBeGreaterThan(0);
    const hrefs = await swaps.evaluateAll((els) =>
      els.flatMap((e) => [e.closest("a"), ...e.querySelectorAll("a")].filter((a): a is HTMLAnchorElement => !!a).map((a) => a.getAttribute("href") ?? "")),
    );
    const anchors = hrefs.map((h) => /#(pair-\d+)$/.exec(h)?.[1]).filter((h): h is string => !!h);
    expect({ hrefs, anchors: [...new Set(anchors)].sort() }).toEqual({ hrefs, anchors: [...new Set(isisPairs.map((k) => `pair-${k}`))].sort() });
    for (const anchor of anchors) {
      expect(await page.locator(`[id="${anchor}"]`).count()).toBe(1);
    }
    // following the link lands on the pair
    const link = swaps.first().locator(`xpath=ancestor-or-self::a | .//a`).first();
    await link.click();
    await page.waitForFunction(() => location.hash.startsWith("#pair-"));
    expect(await page.evaluate(() => document.getElementById(location.hash.slice(1)) !== null)).toBe(true);
    expect(log.errors).toEqual([]);
  });
});

describe("collate /collate?ids=wire-a,wire-b,003-azzaman", () => {
  it("answers with the collation of the three articles", async () => {
    await open(page, "/collate?ids=wire-a,wire-b,003-azzaman");
    const text = await page.evaluate(() => document.body.innerText);
    // a sentence all three carry
    expect(text).toContain("كوماندوس");
    expect(log.errors).toEqual([]);
  });
});
