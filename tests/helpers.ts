import fs from "node:fs";
import path from "node:path";
import { createEngine, type Engine } from "../lib/analysis/engine";
import { parseArticle } from "../lib/corpus/parse";
import type { Article } from "../lib/corpus/schema";
import { loadLexicon } from "../lib/lexicon/load";

export const ROOT = path.join(__dirname, "..");
export const ARTICLES = path.join(ROOT, "articles");
export const LEXICONS = path.join(ROOT, "lexicons");

let engine: Engine | undefined;
/** The engine over the bundled lexicon, compiled once per test file. */
export function bundledEngine(): Engine {
  return (engine ??= createEngine(loadLexicon(LEXICONS).lexicon));
}

export function seed(prefix: string): Article {
  const file = fs.readdirSync(ARTICLES).find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no article ${prefix}`);
  const full = path.join(ARTICLES, file);
  return parseArticle(fs.readFileSync(full, "utf8"), full);
}
