import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { writeJsonl } from "../../scripts/corpus-gen";
import { PICKER_LIMIT } from "../../components/home/ArticlePicker";
import { ROOT, assertBuilt, startServer, type AppServer } from "./server";

/**
 * No page grows with the corpus: a store of 2,000 generated articles (40
 * outlets, ten years; scripts/corpus-gen.ts) imported with the real CLI, then
 * served. Every page stays within a bound that 2,000 one-line entries would
 * break, pickers list at most PICKER_LIMIT articles, and /api/corpus streams
 * every article.
 */
const ARTICLES = 2_000;
const ADASA = path.join(ROOT, "bin", "adasa.js");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "adasa-scale-"));
const data = path.join(work, "data");
const noFolder = path.join(work, "articles");
let server: AppServer;

beforeAll(async () => {
  assertBuilt();
  fs.mkdirSync(noFolder);
  const file = path.join(work, "generated.jsonl");
  writeJsonl(file, ARTICLES);
  const imported = spawnSync(process.execPath, [ADASA, "import", file, "--format", "json"], { encoding: "utf8", env: { ...process.env, ADASA_DATA: data, DATABASE_URL: "" } });
  expect(imported.stderr).toBe("");
  expect(JSON.parse(imported.stdout)).toMatchObject({ imported: ARTICLES, skipped: [] });
  server = await startServer({ env: { ADASA_DATA: data, DATABASE_URL: "", ADASA_ARTICLES: noFolder }, timeoutMs: 180_000 });
}, 900_000);
afterAll(async () => {
  await server?.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

const page = async (url: string) => {
  const res = await fetch(`${server.url}${url}`);
  expect(res.status).toBe(200);
  return res.text();
};
const KB = 1024;
const options = (html: string) => (html.match(/<option\b/g) ?? []).length;
/** The naming terms the page's heat map shows (its rows after the header): the page's data grows with them. */
const heatTerms = (html: string) => Math.max(0, (/<section id="heatmap"[\s\S]*?<\/section>/.exec(html)?.[0].match(/<tr\b/g) ?? []).length - 1);
/**
 * The home page's bound: what is shown, 40 outlets in the charts and filters, 50 articles listed, pickers of at most
 * PICKER_LIMIT, and a row of 40 heat-map cells (HTML and the same in React's payload, ~24 KB) per naming term of the
 * target shown (3 terms of the unity government in round 11; 12 since its labels resolve to it after 2021), not the
 * 2,000 articles: one line per article would pass it.
 */
const homeBound = (html: string) => (260 + 25 * heatTerms(html)) * KB;

it("keeps the home page, a filtered view and a later page of the article list bounded", async () => {
  const home = await page("/");
  expect(home).toMatch(/data-testid="summary-articles">2000</);
  expect(heatTerms(home)).toBeGreaterThan(0);
  expect(home.length).toBeLessThan(homeBound(home));
  // the pickers take typed ids past their limit: no option per article
  expect(options(home)).toBeLessThan(100);
  const filtered = await page(`/?from=2016&to=2017-06&voice=own&resolved=0&target=haftar&lang=ar`);
  expect(filtered).toContain('dir="rtl"');
  expect(filtered.length).toBeLessThan(600 * KB);
  const later = await page("/?page=30");
  expect(later).toContain("Articles 1451–1500 of 2000.");
  expect(later.length).toBeLessThan(homeBound(later));
}, 120_000);

it("keeps the reader, the diff, the collation and the passages bounded", async () => {
  const article = await page("/articles/gen-1500");
  // a card per match (32 here), each naming at most five outlets per counterpart
  expect(article.length).toBeLessThan(400 * KB);
  expect(options(article)).toBeLessThanOrEqual(PICKER_LIMIT);
  const diff = await page("/compare?a=gen-1&b=gen-2");
  expect(diff).toContain('id="pairs-h"');
  expect(diff.length).toBeLessThan(400 * KB);
  expect(options(diff)).toBeLessThanOrEqual(PICKER_LIMIT);
  const collate = await page("/collate?ids=gen-1,gen-2,gen-3");
  expect(collate.length).toBeLessThan(400 * KB);
  const passages = await page("/passages?target=haftar");
  expect(passages).toContain("Next passages");
  expect(passages.length).toBeLessThan(500 * KB);
  const second = await page("/passages?target=haftar&page=2");
  expect(second).toContain("Passages 101–200.");
}, 120_000);

it("streams /api/corpus with every article, and the outlet table summed in SQL", async () => {
  const body = await (await fetch(`${server.url}/api/corpus?voice=own`)).json();
  expect(body.articles).toHaveLength(ARTICLES);
  expect(body.outlets).toHaveLength(40);
  expect(body.outlets.reduce((a: number, o: { articles: number }) => a + o.articles, 0)).toBe(ARTICLES);
  expect(body.options).toEqual({ voice: "own", resolved: true });
}, 120_000);
