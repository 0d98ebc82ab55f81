/**
 * Classroom mode in a real browser: a full "spot the framing" round, a
 * "guess the outlet" round, the worksheet and answer key printed to PDF,
 * the glossary search, and no serious accessibility violation.
 */
import type { Browser, Page } from "playwright-core";
import fs from "node:fs";
import { parseLesson } from "../../lib/lessons/check";
import { scoreSpotting } from "../../lib/lessons/spot";
import { checkA11y, formatViolations, open, screenshot, type PageLog } from "./browser";
import { corpus } from "./expected";
import { startApp, stopApp, type AppServer } from "./server";

let server: AppServer;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser, page, log } = await startApp());
}, 120_000);
afterAll(() => stopApp({ server, browser }));

describe("classroom", () => {
  it("lists both shipped lessons", async () => {
    await open(page, "/lessons");
    expect(await page.locator('[data-testid="lesson"]').count()).toBeGreaterThanOrEqual(2);
    await screenshot(page, "lessons");
  });

  it("plays a full spot-the-framing round on the Al Jazeera seed and scores it like the engine", async () => {
    await open(page, "/lessons/haftar-names/spot?article=004-aljazeera");
    const body = corpus().byId.get("004-aljazeera")!;
    const text = body.article.body;
    // tap "المتقاعد" toward Haftar, "عدوان" toward Haftar (wrong target), and a neutral word
    await page.locator('input[name="spot-target"][value="haftar"]').check();
    for (const word of ["المتقاعد", "عدوان", "سياسيا"]) {
      await page.locator(`[data-testid="spot-word"][data-start="${text.indexOf(word)}"]`).click();
    }
    await screenshot(page, "spot-before-reveal");
    await page.locator('[data-testid="spot-reveal"]').click();
    const score = page.locator('[data-testid="spot-score"]');
    await score.waitFor();
    const picks = ["المتقاعد", "عدوان", "سياسيا"].map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, target: "haftar" }));
    const expected = scoreSpotting(body.analysis.matches, picks, ["haftar", "lna", "tripoli-offensive"]);
    expect(Number(await score.getAttribute("data-found"))).toBe(expected.found.length);
    expect(Number(await score.getAttribute("data-missed"))).toBe(expected.missed.length);
    expect(Number(await score.getAttribute("data-extra"))).toBe(1);
    expect(await score.textContent()).toContain("retired");
    expect(await page.locator('[data-testid="spot-legend"] li').count()).toBe(4);
    await screenshot(page, "spot-after-reveal");
    const download = page.waitForEvent("download");
    await page.locator('[data-testid="spot-export"]').click();
    expect((await download).suggestedFilename()).toBe("spot-004-aljazeera.csv");
  });

  it("plays a guess-the-outlet round and explains the give-away words", async () => {
    await open(page, "/lessons/haftar-names/guess");
    const passage = (await page.locator('[data-testid="guess-passage"]').textContent()) ?? "";
    const owner = [...corpus().results].find((r) => r.article.body.includes(passage.trim()))!;
    expect(owner).toBeDefined();
    await page.locator(`[data-testid="guess-choice"][data-outlet="${owner.article.outlet}"]`).click();
    const reveal = page.locator('[data-testid="guess-reveal"]');
    await expect(reveal.getAttribute("data-correct")).resolves.toBe("true");
    expect(await page.locator('[data-testid="guess-passage"] mark').count()).toBeGreaterThan(0);
    expect(await page.locator(`[data-testid="guess-choice"][data-outlet="${owner.article.outlet}"]`).getAttribute("data-verdict")).toBe("right");
    await screenshot(page, "guess-reveal");
  });

  it("marks a wrong pick, and says when the passages come round again", async () => {
    await open(page, "/lessons/haftar-names/guess");
    const total = Number(/of (\d+)/.exec((await page.locator('[data-testid="guess-progress"]').textContent()) ?? "")?.[1]);
    expect(total).toBeGreaterThan(0);
    for (let round = 0; round < total; round++) {
      const passage = ((await page.locator('[data-testid="guess-passage"]').textContent()) ?? "").trim();
      const owner = [...corpus().results].find((r) => r.article.body.includes(passage))!;
      const wrong = page.locator(`[data-testid="guess-choice"]:not([data-outlet="${owner.article.outlet}"])`).first();
      const picked = await wrong.getAttribute("data-outlet");
      await wrong.click();
      await expect(page.locator('[data-testid="guess-reveal"]').getAttribute("data-correct")).resolves.toBe("false");
      expect(await page.locator(`[data-testid="guess-choice"][data-outlet="${picked}"]`).getAttribute("data-verdict")).toBe("wrong");
      expect(await page.locator('[data-testid="guess-repeat"]').count()).toBe(0);
      await page.locator('[data-testid="guess-next"]').click();
    }
    expect(await page.locator('[data-testid="guess-repeat"]').count()).toBe(1);
  });

  it("serves the worksheet and the answer key as printable pages and as PDF", async () => {
    for (const kind of ["worksheet", "answers"]) {
      await open(page, `/lessons/haftar-names/${kind}`);
      expect(await page.locator("h1").textContent()).toContain("How do outlets name Haftar?");
      if (kind === "worksheet") expect(await page.locator("mark").count()).toBe(0);
      // printing starts a Chromium on the server: generous on a loaded machine
      const pdf = await page.request.get(`/lessons/haftar-names/${kind}?format=pdf`, { timeout: 120_000 });
      expect(pdf.status()).toBe(200);
      expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");
      await screenshot(page, `lesson-${kind}`);
    }
    await open(page, "/lessons/haftar-names/answers");
    expect(await page.locator("mark").count()).toBeGreaterThan(3);
  }, 300_000); // two PDFs printed by Chromium on the server

  it("searches the bilingual glossary in Arabic and English", async () => {
    await open(page, "/glossary?q=المتقاعد");
    const terms = await page.locator('[data-testid="glossary-entry"]').evaluateAll((rows) => rows.map((r) => r.getAttribute("data-term")));
    expect(terms).toContain("haftar-retired-major-general");
    await open(page, "/glossary?q=field%20marshal");
    expect(await page.locator('[data-testid="glossary-entry"][data-term="haftar-field-marshal"]').count()).toBe(1);
    await screenshot(page, "glossary");
  });

  it("downloads the framing report of the comparison on screen, with its filters", async () => {
    await open(page, "/?outlets=" + encodeURIComponent("الجزيرة نت") + "&targets=haftar");
    const download = page.waitForEvent("download");
    await page.locator('[data-testid="report-button"]').click();
    const file = await (await download).path();
    const html = require("node:fs").readFileSync(file, "utf8") as string;
    expect(html).toContain("outlets: الجزيرة نت");
    expect(html.match(/data-chart="naming"/g)).toHaveLength(1);
    expect(html).toContain('data-target="haftar"');
  });

  it("builds a lesson in the browser: picks, questions, a validated YAML preview, and a download the lesson checks accept", async () => {
    await open(page, "/lessons/build");
    expect(await page.locator('[data-testid="builder-download"]').isDisabled()).toBe(true);
    await page.locator("#b-id").fill("swap-hunt");
    await page.locator("#b-title").fill("Which name for ISIS?");
    await page.locator("#b-summary").fill("Two outlets, one story: compare how each names the group.");
    await page.locator('[data-testid="builder-article"][value="wire-a"]').check();
    await page.locator('[data-testid="builder-article"][value="wire-b"]').check();
    await page.locator('[data-testid="builder-target"][value="isis"]').check();
    await page.locator('[data-testid="builder-question"]').first().fill("Which words does each text use for the group?");
    await page.locator('[data-testid="builder-valid"]').waitFor();
    const yamlText = (await page.locator('[data-testid="builder-yaml"]').textContent()) ?? "";
    expect(yamlText).toContain("targets:\n  - isis");
    const download = page.waitForEvent("download");
    await page.locator('[data-testid="builder-download"]').click();
    const file = await download;
    expect(file.suggestedFilename()).toBe("swap-hunt.yaml");
    const saved = fs.readFileSync((await file.path())!, "utf8");
    const snap = corpus();
    const lesson = parseLesson(saved, "swap-hunt.yaml", { engine: snap.engine, articleIds: new Set(snap.byId.keys()) });
    expect(lesson.articles).toEqual(["wire-a", "wire-b"]);
    expect(lesson.questions.map((q) => q.id)).toEqual(["q1"]);
  });

  it("has no serious accessibility violation on the classroom pages", async () => {
    for (const url of ["/lessons", "/lessons/daesh-or-state", "/lessons/haftar-names/spot", "/lessons/haftar-names/guess", "/glossary", "/glossary?lang=ar"]) {
      await open(page, url);
      const violations = await checkA11y(page);
      expect(formatViolations(url, violations)).toBe(`${url}: no serious or critical violations`);
    }
    expect(log.errors).toEqual([]);
  }, 180_000); // six pages under axe-core
});
