/**
 * Alignment benchmark: the sparse alignment (lib/align) on long texts, and
 * the dense n × m alignment it replaced, run in the same process on the
 * sizes the dense one can hold, with the ratio between them.
 *
 *   npm run bench:align                           # every case
 *   npm run bench:align -- --only hostile         # 30,000 one-word lines a side
 *   npm run bench:align -- --only rewrites --sizes 10000 --no-dense --json
 *
 * Texts: two rewrites of one story built from the seed articles' sentences
 * (tests/fixtures/long-texts.ts), and the issue's hostile input, 30,000
 * one-word lines a side. The whole diff (diffTexts: candidates, alignment,
 * word diffs, swaps) is timed, the analysis of each text done before; then
 * the alignment alone (similarity and order: candidatePairs + alignMonotone)
 * against the dense one (matrix and table) on the same sentences. --json
 * prints one JSON object per case (the tests read them).
 */
import { diffTexts } from "../lib/align";
import { candidatePairs } from "../lib/align/candidates";
import { alignMonotone } from "../lib/align/monotone";
import { analyzeText } from "../lib/analysis/analyze-text";
import { createEngine } from "../lib/analysis/engine";
import { splitSentences } from "../lib/arabic/sentences";
import { tokenize } from "../lib/arabic/tokenize";
import { defaultLexiconPath } from "../lib/io/paths";
import { loadLexicon } from "../lib/lexicon/load";
import { longRewrites, oneWordLines } from "../tests/fixtures/long-texts";
import { denseAlign, denseSimilarityMatrix } from "../tests/invariants/reference-align";

const engine = createEngine(loadLexicon(defaultLexiconPath()).lexicon);
const option = (name: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
const only = option("only");
const sizes = (option("sizes") ?? "1000,2000,4000,10000").split(",").map(Number);
const dense = !process.argv.includes("--no-dense");
const json = process.argv.includes("--json");
/** The dense table of 4,000 × 4,000 already takes most of a GB. */
const DENSE_MAX = 4_000;

/** Wall-clock and CPU seconds of `run` (on a shared machine the CPU time is the steadier figure). */
const seconds = (run: () => unknown) => {
  const start = performance.now();
  const cpu = process.cpuUsage();
  run();
  const used = process.cpuUsage(cpu);
  return { wall: (performance.now() - start) / 1000, cpu: (used.user + used.system) / 1e6 };
};
const words = (text: string) =>
  splitSentences(text).map((s) => tokenize(text.slice(s.start, s.end)).filter((t) => t.isWord).map((t) => t.norm));
const rssMB = () => Math.round(process.resourceUsage().maxRSS / 1024);

function report(label: string, a: string, b: string): void {
  const sa = { text: a, analysis: analyzeText(engine, a) };
  const sb = { text: b, analysis: analyzeText(engine, b) };
  let aligned = 0;
  const sparse = seconds(() => (aligned = diffTexts(sa, sb).pairs.filter((p) => p.a !== null && p.b !== null).length));
  const sentences = [sa.analysis.sentences.length, sb.analysis.sentences.length];
  const result = { label, sentences, aligned, seconds: sparse.wall, cpuSeconds: sparse.cpu, peakRssMB: rssMB() };
  if (json) return console.log(JSON.stringify(result));
  console.log(`${label}: whole diff ${sparse.wall.toFixed(2)} s (CPU ${sparse.cpu.toFixed(2)} s), ${aligned.toLocaleString("en")} pairs aligned (peak RSS ${result.peakRssMB} MB)`);
  if (!dense || sentences[0]! > DENSE_MAX) return;
  const [wa, wb] = [words(a), words(b)];
  const fast = seconds(() => alignMonotone(candidatePairs(wa, wb, 0.2), wa.length, wb.length, 0.2));
  const slow = seconds(() => denseAlign(denseSimilarityMatrix(wa, wb), wa.length, wb.length, 0.2));
  console.log(
    `  alignment alone: sparse CPU ${fast.cpu.toFixed(2)} s, dense CPU ${slow.cpu.toFixed(2)} s (${(slow.cpu / fast.cpu).toFixed(1)}× the sparse; peak RSS now ${rssMB()} MB)`,
  );
}

if (!json) console.log(`Alignment benchmark, node ${process.version}`);
if (only !== "hostile") {
  for (const n of sizes) {
    const { a, b } = longRewrites(n);
    report(`${n.toLocaleString("en")} sentences a side, rewrites`, a, b);
  }
}
if (only !== "rewrites") {
  const same = oneWordLines(30_000, () => "حفتر");
  report("30,000 one-word lines a side, the same word", same, same);
  const distinct = oneWordLines(30_000, (i) => `كلمة${i}`);
  report("30,000 one-word lines a side, distinct words", distinct, distinct);
}
