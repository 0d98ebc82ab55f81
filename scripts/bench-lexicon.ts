/**
 * Lexicon size benchmark: a generated lexicon of N two-word entries
 * (tests/fixtures/lexicon.ts) parsed and checked, compiled, and used to
 * analyse the bundled articles, with the time of each step and peak memory.
 *
 *   npm run bench:lexicon -- [--entries 50000]
 */
import { stringify } from "yaml";
import { analyzeText } from "../lib/analysis/analyze-text";
import { createEngine } from "../lib/analysis/engine";
import { listArticleFiles, loadArticles } from "../lib/corpus/load";
import { defaultArticlesPath } from "../lib/io/paths";
import { parseLexicon } from "../lib/lexicon/parse";
import { generatedLexicon } from "../tests/fixtures/lexicon";

const at = process.argv.indexOf("--entries");
const entries = at >= 0 ? Number(process.argv[at + 1]) : 50_000;
const time = <T>(run: () => T): [T, number] => {
  const start = performance.now();
  const value = run();
  return [value, (performance.now() - start) / 1000];
};

const source = stringify(generatedLexicon(entries));
const [read, parseSeconds] = time(() => parseLexicon(source, "generated.yaml"));
const [engine, compileSeconds] = time(() => createEngine(read.lexicon));
const articles = [...loadArticles(listArticleFiles([defaultArticlesPath()]).files)].flatMap((l) => ("article" in l ? [l.article] : []));
const [, analyzeSeconds] = time(() => articles.forEach((a) => analyzeText(engine, a.body)));
console.log(
  `${entries.toLocaleString("en")} entries (${(source.length / 1e6).toFixed(1)} MB of YAML): parse and check ${parseSeconds.toFixed(2)} s, ` +
    `compile ${compileSeconds.toFixed(2)} s, analyse the ${articles.length} bundled articles ${analyzeSeconds.toFixed(2)} s; ` +
    `peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB; warnings: ${read.warnings.map((w) => w.message).join("; ") || "none"}`,
);
