/**
 * Every page at phone, tablet and desktop widths, in English and Arabic: `<html lang dir>` right
 * in the server's raw HTML (before any script runs), no horizontal overflow, and the reader's
 * popover inside the viewport. Screenshots of the first screen land in test-results/screenshots/.
 */
import type { Browser, BrowserContext, Page } from "playwright-core";
import path from "node:path";
import { launchBrowser, open, SCREENSHOTS } from "./browser";
import { startServer, TEST_ARTICLES, type AppServer } from "./server";

const PAGES: [name: string, path: string][] = [
  ["home", "/"],
  ["passages", "/passages?target=haftar"],
  ["reader", "/articles/004-aljazeera"],
  ["compare", "/compare?a=wire-a&b=wire-b"],
  ["collate", "/collate?ids=wire-a,wire-b,003-azzaman"],
  ["paste", "/paste"],
  ["lessons", "/lessons"],
  ["lesson", "/lessons/haftar-names"],
  ["spot", "/lessons/haftar-names/spot"],
  ["guess", "/lessons/haftar-names/guess"],
  ["builder", "/lessons/build"],
  ["glossary", "/glossary"],
  // classroom mode: the class pages with a session (student and teacher) are checked in class-session.test.ts
  ["class", "/class"],
  ["corpus", "/corpus"],
  ["timeline", "/timeline?target=haftar&interval=month"],
  ["stored passages", "/corpus/passages?target=haftar"],
  ["discover", "/discover?target=haftar"],
];
const LANGS = [
  ["en", "ltr"],
  ["ar", "rtl"],
] as const;
const WIDTHS = [390, 768, 1440] as const;

const withLang = (path: string, lang: string) => (lang === "en" ? path : `${path}${path.includes("?") ? "&" : "?"}lang=${lang}`);

let server: AppServer;
let browser: Browser;
const contexts = new Map<number, BrowserContext>();
const pages = new Map<number, Page>();

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({ env: { ADASA_ARTICLES: TEST_ARTICLES } }), launchBrowser()]);
  for (const width of WIDTHS) {
    const context = await browser.newContext({ baseURL: server.url, viewport: { width, height: width < 800 ? 844 : 900 }, locale: "en-US" });
    contexts.set(width, context);
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    pages.set(width, page);
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe.each(LANGS)("in %s (%s)", (lang, dir) => {
  describe.each(PAGES)("%s", (name, url) => {
    it("has <html lang dir> in the server's raw HTML", async () => {
      const res = await fetch(server.url + withLang(url, lang));
      expect(res.status).toBe(200);
      const html = await res.text();
      const tag = /<html\b[^>]*>/.exec(html)?.[0] ?? "";
      expect(tag).toContain(`lang="${lang}"`);
      expect(tag).toContain(`dir="${dir}"`);
    });

    it.each(WIDTHS)("fits %i px without horizontal overflow", async (width) => {
      const page = pages.get(width)!;
      await open(page, withLang(url, lang));
      const sizes = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: window.innerWidth }));
      // the first screen, as a user sees it (a full-page shot of the long glossary takes too long)
      if (width !== 768) await page.screenshot({ path: path.join(SCREENSHOTS, `responsive-${name}-${lang}-${width}.png`) });
      const wide = sizes.scroll > sizes.inner ? await widestElements(page) : [];
      expect({ ...sizes, wide }).toEqual({ scroll: expect.any(Number), inner: width, wide: [] });
      expect(sizes.scroll).toBeLessThanOrEqual(sizes.inner);
    });
  });

  it.each([390, 1440] as const)("keeps the reader's popover inside a %i px viewport", async (width) => {
    const page = pages.get(width)!;
    await open(page, withLang("/articles/004-aljazeera", lang));
    // the last match is near the end of the text; the first near the start: try both edges
    for (const which of ["first", "last"] as const) {
      const match = page.locator("button.match")[which]();
      await match.scrollIntoViewIfNeeded();
      await match.click();
      const card = page.locator('[data-testid="popover"]:popover-open');
      await card.waitFor({ state: "visible" });
      await page.waitForTimeout(150); // Floating UI places the card on the next frame
      const box = (await card.boundingBox())!;
      const viewport = page.viewportSize()!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
      expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
      // and nothing inside it runs past its edges
      expect(await card.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
      // the target's label is isolated from its neighbours' direction (it mixes scripts and digits)
      expect(await card.locator('[data-testid="popover-target"]').evaluate((el) => el.tagName)).toBe("BDI");
      if (which === "first") await page.screenshot({ path: path.join(SCREENSHOTS, `responsive-popover-${lang}-${width}.png`) });
      await page.keyboard.press("Escape");
    }
  });
});

/** What sticks out: the outermost elements wider than the viewport, for the failure message. */
function widestElements(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>("body *")) {
      const r = el.getBoundingClientRect();
      if (r.right > window.innerWidth + 1 || r.left < -1) {
        if (el.parentElement && out.some((s) => s === describe(el.parentElement!))) continue;
        out.push(describe(el));
      }
      if (out.length >= 8) break;
    }
    return out;
    function describe(el: Element): string {
      const r = el.getBoundingClientRect();
      return `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}${el.className && typeof el.className === "string" ? "." + el.className.split(" ").join(".") : ""} [${Math.round(r.left)}..${Math.round(r.right)}]`;
    }
  });
}
