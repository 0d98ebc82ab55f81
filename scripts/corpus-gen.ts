/**
 * Generated corpora for tests and benchmarks: articles composed of random
 * sentences of the bundled seed articles (so the text is real Arabic news
 * copy and the lexicon finds real matches), spread over 40 outlets and ten
 * years of dates. A fixed seed gives the same corpus every time.
 */
import fs from "node:fs";
import { stringify } from "csv-stringify/sync";
import { splitSentences } from "../lib/arabic/sentences";
import { listArticleFiles, loadArticles } from "../lib/corpus/load";
import { defaultArticlesPath } from "../lib/io/paths";

export interface GeneratedArticle {
  readonly id: string;
  readonly outlet: string;
  readonly date: string;
  readonly title: string;
  readonly text: string;
}

/** mulberry32: a small, fast seeded PRNG (enough for test data, not for anything secret). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function seedSentences(): { outlets: string[]; sentences: string[] } {
  const articles = [...loadArticles(listArticleFiles([defaultArticlesPath()]).files)].flatMap((l) => ("article" in l ? [l.article] : []));
  const sentences = articles.flatMap((a) => splitSentences(a.body).map((s) => a.body.slice(s.start, s.end).trim())).filter((s) => s.split(/\s+/).length >= 6);
  return { outlets: articles.map((a) => a.outlet), sentences };
}

export const OUTLET_COUNT = 40;
const DAY = 86_400_000;
const FIRST_DAY = Date.UTC(2014, 0, 1);

/** `count` articles of 8–24 sentences each (about 4 KB), deterministic for a seed. */
export function* generateArticles(count: number, seed = 7): Generator<GeneratedArticle> {
  const random = prng(seed);
  const { outlets: seedOutlets, sentences } = seedSentences();
  const outlets = Array.from({ length: OUTLET_COUNT }, (_, i) => (i < seedOutlets.length ? seedOutlets[i]! : `صحيفة ${i + 1}`));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
  for (let i = 0; i < count; i++) {
    const length = 8 + Math.floor(random() * 17);
    const body = Array.from({ length }, () => pick(sentences)).join(" ");
    const date = new Date(FIRST_DAY + Math.floor(random() * 3652) * DAY).toISOString().slice(0, 10);
    yield { id: `gen-${i + 1}`, outlet: pick(outlets), date, title: pick(sentences).slice(0, 80), text: body };
  }
}

/** Writes `count` articles as JSONL (keys: id, outlet, date, title, text); the bytes written. */
export function writeJsonl(file: string, count: number, seed?: number): number {
  const fd = fs.openSync(file, "w");
  let bytes = 0;
  for (const a of generateArticles(count, seed)) bytes += fs.writeSync(fd, `${JSON.stringify(a)}\n`);
  fs.closeSync(fd);
  return bytes;
}

/** Writes `count` articles as CSV with Media Cloud's column names (stories_id, media_name, publish_date, title, text); the bytes written. */
export function writeCsv(file: string, count: number, seed?: number): number {
  const fd = fs.openSync(file, "w");
  let bytes = fs.writeSync(fd, stringify([["stories_id", "media_name", "publish_date", "title", "text"]]));
  for (const a of generateArticles(count, seed)) bytes += fs.writeSync(fd, stringify([[a.id, a.outlet, a.date, a.title, a.text]]));
  fs.closeSync(fd);
  return bytes;
}
