/**
 * The engine's own cost, measured in CPU time so that a machine shared with
 * other jobs changes it less than it changes wall time: the bundled articles
 * repeated to --mb MB (default 6), each analysed (tokenize, match, layers,
 * voice, resolution) then tallied per outlet, --reps times (default 7). Prints
 * the least CPU and wall time of the repetitions, and MB per CPU second.
 *
 *   node bin/run-ts.js scripts/bench-engine.ts [--mb 6] [--reps 7] [--lexicon FILE|DIR]
 *
 * For a before/after, run it on both checkouts back to back, several times
 * interleaved, and compare the least figures.
 */
import { analyzeText } from "../lib/analysis/analyze-text";
import { OutletTallies } from "../lib/analysis/corpus";
import { createEngine } from "../lib/analysis/engine";
import { defaultLexiconPath } from "../lib/io/paths";
import { loadLexicon } from "../lib/lexicon/load";
import { arg, repeatedArticles } from "./bench-data";

function main(): void {
  const megabytes = Number(arg("mb", "6"));
  const reps = Number(arg("reps", "7"));
  const engine = createEngine(loadLexicon(arg("lexicon", defaultLexiconPath())).lexicon);
  const { sample, bytes } = repeatedArticles(megabytes);
  let cpu = Infinity;
  let wall = Infinity;
  let matches = 0;
  for (let rep = 0; rep < reps; rep++) {
    const cpuStart = process.cpuUsage();
    const wallStart = process.hrtime.bigint();
    const outlets = new OutletTallies(engine);
    matches = 0;
    for (const { outlet, body } of sample) {
      const analysis = analyzeText(engine, body);
      outlets.add(outlet, null, analysis);
      matches += analysis.matches.length;
    }
    const used = process.cpuUsage(cpuStart);
    cpu = Math.min(cpu, (used.user + used.system) / 1e6);
    wall = Math.min(wall, Number(process.hrtime.bigint() - wallStart) / 1e9);
  }
  const mb = bytes / (1024 * 1024);
  console.log(`${mb.toFixed(1)} MB, ${sample.length} articles, ${matches} matches; least of ${reps}: CPU ${cpu.toFixed(3)} s (${(mb / cpu).toFixed(1)} MB per CPU second), wall ${wall.toFixed(3)} s`);
}

main();
