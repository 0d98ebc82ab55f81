/**
 * Paste and compare (/paste): two pasted versions of a sentence give the
 * framing swap and the highlighted matches of both.
 */
import type { Browser, Page } from "playwright-core";
import { checkA11y, formatViolations, open, screenshot, type PageLog } from "./browser";
import { startApp, stopApp, type AppServer } from "./server";

const A = "مساعدة الولايات المتحدة في حربها ضد تنظيم الدولة الإسلامية.";
const B = "مساعدة الولايات المتحدة في حربها ضد تنظيم داعش.";

let server: AppServer;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser, page, log } = await startApp());
}, 120_000);
afterAll(() => stopApp({ server, browser }));

describe("paste /paste", () => {
  it("compares two pasted texts: the isis swap and the matches on both", async () => {
    await open(page, "/paste");
    await page.fill('textarea[name="text-0"]', A);
    await page.fill('textarea[name="text-1"]', B);
    await page.fill('input[name="outlet-0"]', "وكالة أ");
    await page.fill('input[name="outlet-1"]', "وكالة ب");
    await page.click('[data-testid="paste-submit"]');

    const swap = page.locator('[data-testid="paste-results"] [data-testid="swap"][data-target="isis"]');
    await swap.first().waitFor({ state: "attached", timeout: 30_000 });
    const marks = await page
      .locator('[data-testid="paste-results"] mark[data-testid="match"]')
      .evaluateAll((els) => els.map((e) => ({ text: (e.textContent ?? "").trim(), target: e.getAttribute("data-target") })));
    expect(marks).toEqual(
      expect.arrayContaining([
        { text: "تنظيم الدولة الإسلامية", target: "isis" },
        { text: "تنظيم داعش", target: "isis" },
      ]),
    );
    const text = await page.locator('[data-testid="paste-results"]').innerText();
    expect(text).toContain("وكالة أ");
    expect(text).toContain("وكالة ب");
    await screenshot(page, "paste-results");
    expect(log.errors).toEqual([]);
  });

  it("has no serious or critical accessibility violations with results shown", async () => {
    const violations = await checkA11y(page);
    if (violations.length > 0) throw new Error(formatViolations("/paste (results)", violations));
  });
});
