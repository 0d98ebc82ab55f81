/**
 * Every page of the app under axe-core: no serious or critical violations
 * (they are printed in the failure message), no uncaught script error, and a
 * full-page screenshot of each in test-results/screenshots/.
 */
import type { Browser, Page } from "playwright-core";
import { checkA11y, formatViolations, open, screenshot, type PageLog } from "./browser";
import { startApp, stopApp, type AppServer } from "./server";

let server: AppServer;
let browser: Browser;
let page: Page;
let log: PageLog;
/** The passages page behind the home page's first naming bar (its URL is the UI's to choose). */
let passagesUrl: string | undefined;

beforeAll(async () => {
  ({ server, browser, page, log } = await startApp());
  await open(page, "/");
  passagesUrl = await page.evaluate(() => {
    const bar = document.querySelector('[data-testid="naming-bar"]');
    const link = bar?.closest("a") ?? bar?.querySelector("a") ?? document.querySelector('a[href^="/passages"]');
    return link?.getAttribute("href") ?? undefined;
  });
}, 120_000);
afterAll(() => stopApp({ server, browser }));

const PAGES: [name: string, url: string][] = [
  ["home", "/"],
  ["home-ar", "/?lang=ar"],
  ["passages", "PASSAGES"],
  ["reader", "/articles/004-aljazeera"],
  ["compare", "/compare?a=wire-a&b=wire-b"],
  ["collate", "/collate?ids=wire-a,wire-b,003-azzaman"],
  ["paste", "/paste"],
];

describe.each(PAGES)("%s (%s)", (name, path) => {
  it("loads and has no serious or critical axe violations", async () => {
    const url = path === "PASSAGES" ? passagesUrl : path;
    if (!url) throw new Error("the home page has no link to /passages from a naming bar");
    log.errors.length = 0;
    await open(page, url);
    await screenshot(page, name);
    const violations = await checkA11y(page);
    if (violations.length > 0) throw new Error(formatViolations(url, violations));
    expect(log.errors).toEqual([]);
  });
});
