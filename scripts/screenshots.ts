/**
 * The README's screenshots: every page at 390 and 1440 px, in English and Arabic, the first screen
 * as a user sees it, written small to docs/screenshots/PAGE-LANG-WIDTH.png.
 *
 *   npm run build && npm run screenshots
 *
 * Serves the seeds and the wire fixtures from `next start` with a temporary
 * store that holds the seeds (for /corpus and /timeline) and a class session with two students
 * who have played (for the class pages). Needs Chromium, as the browser tests do.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { parseArticle } from "../lib/corpus/parse";
import { launchBrowser, open } from "../tests/browser/browser";
import { ROOT, startServer, type AppServer } from "../tests/browser/server";
import { recompressPng } from "./png";

const OUT = path.join(ROOT, "docs", "screenshots");
/** The seeds and the wire fixtures (for the diff and collation), not the test corpus's hostile fixtures. */
const SHOWN_ARTICLES = [path.join(ROOT, "articles"), path.join(ROOT, "tests", "fixtures", "wire")].join(path.delimiter);
const WIDTHS = [390, 1440] as const;
const LANGS = ["en", "ar"] as const;

type Who = "visitor" | "teacher" | "student";
/** Page name, address (CODE is the class session's), whose browser opens it. */
const PAGES: [name: string, url: string, who: Who][] = [
  ["home", "/", "visitor"],
  ["passages", "/passages?target=haftar", "visitor"],
  ["reader", "/articles/004-aljazeera", "visitor"],
  ["popover", "/articles/004-aljazeera", "visitor"],
  ["compare", "/compare?a=wire-a&b=wire-b", "visitor"],
  ["collate", "/collate?ids=wire-a,wire-b,003-azzaman", "visitor"],
  ["paste", "/paste", "visitor"],
  ["corpus", "/corpus", "visitor"],
  ["timeline", "/timeline?target=haftar", "visitor"],
  ["stored-passages", "/corpus/passages?target=haftar", "visitor"],
  ["discover", "/discover?target=haftar", "visitor"],
  ["lessons", "/lessons", "visitor"],
  ["lesson", "/lessons/haftar-names", "visitor"],
  ["spot", "/lessons/haftar-names/spot?article=004-aljazeera", "visitor"],
  ["guess", "/lessons/haftar-names/guess", "visitor"],
  ["builder", "/lessons/build", "visitor"],
  ["glossary", "/glossary", "visitor"],
  ["class-join", "/class", "visitor"],
  ["class-student", "/class/CODE", "student"],
  ["class-spot", "/class/CODE/spot?article=004-aljazeera", "student"],
  ["class-teacher", "/class/CODE/teacher", "teacher"],
];

const withLang = (url: string, lang: string) => (lang === "en" ? url : `${url}${url.includes("?") ? "&" : "?"}lang=${lang}`);

/** The seeds in the store, as `adasa import` puts them there (before the server holds it). */
function importSeeds(data: string): void {
  const run = spawnSync(process.execPath, [path.join(ROOT, "bin", "adasa.js"), "import", path.join(ROOT, "articles")], {
    env: { ...process.env, ADASA_DATA: data, DATABASE_URL: "" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`adasa import failed (${run.status}): ${run.stderr}`);
}

/** A class session with two students who have played: the teacher's and a student's browser state. */
async function classSession(browser: Browser, url: string): Promise<{ code: string; teacher: BrowserContext; student: BrowserContext }> {
  const teacher = await browser.newContext({ baseURL: url });
  const started = await teacher.request.post("/api/class", { data: { lesson: "haftar-names" } });
  if (started.status() !== 201) throw new Error(`starting a class session: ${started.status()} ${await started.text()}`);
  const { code } = (await started.json()) as { code: string };
  const file = path.join(ROOT, "articles", "004-aljazeera.md");
  const text = parseArticle(fs.readFileSync(file, "utf8"), file).body;
  let student: BrowserContext | undefined;
  for (const [name, word] of [
    ["أمل", "المتقاعد"],
    ["Omar", "عدوان"],
  ] as const) {
    const context = await browser.newContext({ baseURL: url });
    const joined = await context.request.post(`/api/class/${code}/join`, { data: { name } });
    if (joined.status() !== 201) throw new Error(`joining: ${joined.status()} ${await joined.text()}`);
    const start = text.indexOf(word);
    await context.request.post(`/api/class/${code}/answers`, { data: { game: "spot", article: "004-aljazeera", picks: [{ start, end: start + word.length, target: "haftar" }] } });
    student ??= context;
  }
  return { code, teacher, student: student! };
}

async function main(): Promise<void> {
  const data = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-shots-"));
  let server: AppServer | undefined;
  let browser: Browser | undefined;
  try {
    importSeeds(data);
    [server, browser] = await Promise.all([
      startServer({ env: { ADASA_ARTICLES: SHOWN_ARTICLES, ADASA_DATA: data, DATABASE_URL: "" }, readyPath: "/api/class/AAAAAA/results", timeoutMs: 170_000 }),
      launchBrowser(),
    ]);
    const session = await classSession(browser, server.url);
    fs.mkdirSync(OUT, { recursive: true });
    let total = 0;
    for (const width of WIDTHS) {
      // the first screen inside a browser's window: a phone's 844 px and a laptop's 900 px less the browser's bars
      const viewport = { width, height: width < 800 ? 750 : 800 };
      const cookies: Record<Who, Awaited<ReturnType<BrowserContext["cookies"]>>> = { visitor: [], teacher: await session.teacher.cookies(), student: await session.student.cookies() };
      for (const [name, url, who] of PAGES) {
        for (const lang of LANGS) {
          const context = await browser.newContext({ baseURL: server.url, viewport, locale: "en-US" });
          // tsx compiles this script keeping function names (esbuild's __name helper), also inside the
          // functions handed to page.evaluate; the page needs the helper too
          await context.addInitScript("window.__name = (f) => f");
          await context.addCookies(cookies[who]);
          const page = await context.newPage();
          page.setDefaultTimeout(30_000);
          await open(page, withLang(url.replace("CODE", session.code), lang));
          if (name === "popover") {
            await page.locator("button.match").first().click();
            await page.locator('[data-testid="popover"]:popover-open').waitFor({ state: "visible" });
            await page.waitForTimeout(200); // Floating UI places the card on the next frame
          }
          const file = path.join(OUT, `${name}-${lang}-${width}.png`);
          const png = recompressPng(await page.screenshot({ type: "png" }));
          fs.writeFileSync(file, png);
          total += png.length;
          console.log(`${path.relative(ROOT, file)}  ${(png.length / 1024).toFixed(0)} KB`);
          await context.close();
        }
      }
    }
    console.log(`${PAGES.length * WIDTHS.length * LANGS.length} screenshots, ${(total / 1024 / 1024).toFixed(2)} MB in all`);
  } finally {
    await browser?.close();
    await server?.stop();
    fs.rmSync(data, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
