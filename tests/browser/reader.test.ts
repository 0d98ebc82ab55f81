/**
 * Article reader (/articles/ID): matches highlighted where the engine finds
 * them, a popover with the lexicon's gloss, right-to-left Noto Naskh Arabic.
 */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { loadLexicon } from "../../lib/lexicon/load";
import { open, screenshot, type PageLog } from "./browser";
import { corpus } from "./expected";
import { ROOT, startApp, stopApp, type AppServer } from "./server";

const ID = "004-aljazeera";
const TEXT = "اللواء المتقاعد خليفة حفتر";

let server: AppServer;
let browser: Browser;
let page: Page;
let log: PageLog;

beforeAll(async () => {
  ({ server, browser, page, log } = await startApp());
  await open(page, `/articles/${ID}`);
}, 120_000);
afterAll(() => stopApp({ server, browser }));

/** The entry the engine matched for TEXT in the article, and its gloss as lexicons/libya.yaml gives it. */
function expectedEntry() {
  const match = corpus().byId.get(ID)!.analysis.matches.find((m) => m.text === TEXT);
  if (!match) throw new Error(`the engine finds no "${TEXT}" in ${ID}`);
  const entry = loadLexicon(path.join(ROOT, "lexicons", "libya.yaml")).lexicon.entries.find((e) => e.id === match.term)!;
  return { match, entry };
}

const mark = () => page.locator('mark[data-testid="match"]').filter({ hasText: TEXT }).first();

describe(`reader /articles/${ID}`, () => {
  it(`highlights "${TEXT}" as a negative match on haftar`, async () => {
    const marks = await page.$$eval('mark[data-testid="match"]', (els) =>
      els.map((e) => ({ text: (e.textContent ?? "").trim(), target: e.getAttribute("data-target"), valence: e.getAttribute("data-valence") })),
    );
    const hit = marks.filter((m) => m.text === TEXT);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit[0]!.target).toBe("haftar");
    expect(Number(hit[0]!.valence)).toBeLessThan(0);
    expect(Number(hit[0]!.valence)).toBe(expectedEntry().match.valence);
  });

  it("opens a popover with the entry's gloss when the match is clicked", async () => {
    const { entry } = expectedEntry();
    const target = mark();
    const button = target.locator("button");
    await ((await button.count()) > 0 ? button.first() : target).click();
    // the open card: other cards list this gloss among their counterparts
    const popover = page.locator('[data-testid="popover"]:popover-open').filter({ hasText: entry.gloss });
    try {
      await popover.first().waitFor({ state: "visible", timeout: 10_000 });
    } catch {
      const shown = await page.locator('[data-testid="popover"]').allInnerTexts();
      throw new Error(`no visible [data-testid="popover"] with the gloss "${entry.gloss}" (${entry.id}); popovers: ${JSON.stringify(shown)}`);
    }
    await screenshot(page, "reader-popover");
  });

  it("sets the match right-to-left in the self-hosted Noto Naskh Arabic", async () => {
    const el = mark();
    const style = await el.evaluate(async (node) => {
      await document.fonts.ready;
      node.setAttribute("data-font-probe", "");
      const cs = getComputedStyle(node);
      return {
        direction: cs.direction,
        fontFamily: cs.fontFamily,
        loadedFaces: [...document.fonts].filter((f) => f.status === "loaded").map((f) => f.family.replace(/["']/g, "")),
      };
    });
    expect(style.direction).toBe("rtl");
    expect(style.loadedFaces).toContain("Noto Naskh Arabic");

    // the fonts Chromium actually drew the mark's text with
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const { root } = await cdp.send("DOM.getDocument", { depth: 0 });
    const { nodeId } = await cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "[data-font-probe]" });
    const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId });
    const main = [...fonts].sort((a, b) => b.glyphCount - a.glyphCount)[0];
    expect({ family: main?.familyName, webFont: main?.isCustomFont, css: style.fontFamily }).toEqual({
      family: "Noto Naskh Arabic",
      webFont: true,
      css: expect.stringContaining("Noto Naskh Arabic"),
    });
    expect(log.errors).toEqual([]);
  });
});

describe("reader: layers and resolved labels", () => {
  it("draws a name nested in a force construction with its own card, and the construction's noun with the construction's", async () => {
    const marks = await page.$$eval('mark[data-testid="match"]', (els) => els.map((e) => ({ text: (e.textContent ?? "").trim(), target: e.getAttribute("data-target") })));
    expect(marks).toContainEqual({ text: "قوات", target: "lna" });
    expect(marks).toContainEqual({ text: TEXT, target: "haftar" });
  });

  it("shows whom a side-switching label points at, and the words that tell, on hover and in its card", async () => {
    await open(page, "/articles/000-middle-east-online");
    const label = corpus().byId.get("000-middle-east-online")!.analysis.matches.find((m) => m.text === "القوات المسلحة الليبية")!;
    const body = corpus().byId.get("000-middle-east-online")!.article.body;
    const evidence = body.slice(label.resolved!.evidence!.start, label.resolved!.evidence!.end);
    const el = page.locator('mark[data-testid="match"]').filter({ hasText: "القوات المسلحة الليبية" }).first();
    expect(await el.getAttribute("data-resolved")).toBe(label.resolved!.target);
    expect(await el.getAttribute("title")).toContain(evidence);
    await el.click();
    const card = page.locator('[data-testid="resolved"]').filter({ hasText: evidence });
    await card.first().waitFor({ state: "visible", timeout: 10_000 });
    await screenshot(page, "reader-resolved-label");
    expect(log.errors).toEqual([]);
  });
});
