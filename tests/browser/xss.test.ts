/**
 * The XSS fixture (tests/fixtures/xss/xss.md) puts script and markup in the
 * outlet, the title, the url and the body: the pages show it as text, and
 * none of it runs.
 */
import type { Browser, Page } from "playwright-core";
import { open, screenshot, type PageLog } from "./browser";
import { startApp, stopApp, type AppServer } from "./server";

let server: AppServer;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser, page, log } = await startApp());
}, 120_000);
afterAll(() => stopApp({ server, browser }));

/** Nothing of the fixture ran, and none of its markup became elements or live links. */
async function expectInert(): Promise<void> {
  await page.waitForTimeout(500); // let a failed <img src=x> fire its onerror, if it were an element
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(log.dialogs).toEqual([]);
  const live = await page.evaluate(() => {
    const all = [...document.querySelectorAll("*")];
    const url = (e: Element) => (e.getAttribute("href") ?? e.getAttribute("src") ?? "").trim().toLowerCase();
    return {
      // an element made of the fixture's markup: <script>window.__xss=1</script>, <img onerror>, <svg onload>, <iframe src>
      scripts: [...document.scripts].filter((s) => s.text.trim() === "window.__xss=1").map((s) => s.outerHTML),
      handlers: all.filter((e) => [...e.attributes].some((a) => a.name.startsWith("on") && a.value.includes("__xss"))).map((e) => e.outerHTML.slice(0, 200)),
      links: all.filter((e) => url(e).startsWith("javascript:") && url(e).includes("__xss")).map((e) => e.outerHTML.slice(0, 200)),
    };
  });
  expect(live).toEqual({ scripts: [], handlers: [], links: [] });
}

describe("XSS fixture", () => {
  it("reader /articles/xss shows the markup as text and runs none of it", async () => {
    await open(page, "/articles/xss");
    await expectInert();
    const text = await page.evaluate(() => document.body.innerText);
    expect(text).toContain("<script>window.__xss=1</script>");
    expect(text).toContain('<img src=x onerror="window.__xss=1">');
    expect(await page.getByText("<script>", { exact: false }).filter({ visible: true }).count()).toBeGreaterThan(0);
    // the matches around the markup are still found
    expect(await page.locator('mark[data-testid="match"]', { hasText: "حكومة الوفاق" }).count()).toBeGreaterThan(0);
    // clicking every link of the article body must not run anything either
    for (const link of await page.locator("a", { hasText: "اضغط" }).all()) await link.click({ timeout: 2_000 }).catch(() => undefined);
    await expectInert();
    await screenshot(page, "xss-reader");
  });

  it("home page shows the fixture's outlet name as text and runs none of it", async () => {
    await open(page, "/");
    await expectInert();
    const text = await page.evaluate(() => document.body.textContent ?? "");
    expect(text).toContain("<img src=x");
    await screenshot(page, "xss-home");
  });

  it("no uncaught script errors on either page", () => {
    expect(log.errors).toEqual([]);
  });
});
