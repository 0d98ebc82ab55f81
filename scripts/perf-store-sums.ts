/**
 * The sums behind the store's pages, from the summary and from the per-article tallies (figures, not a test):
 *
 *   node bin/run-ts.js scripts/perf-store-sums.ts --data DIR
 *
 * Opens the embedded store in DIR (migrating it: migration 006 fills the summary once) and times,
 * twice each, the outlet sums, the outlet sums over a date range, and one target's monthly and
 * weekly series.
 */
import path from "node:path";
import { createEngine } from "../lib/analysis/engine";
import { corpusSource } from "../lib/corpus/store";
import { loadLexicon } from "../lib/lexicon/load";
import { openStore } from "../lib/store";

async function main() {
  const i = process.argv.indexOf("--data");
  if (i < 0 || !process.argv[i + 1]) throw new Error("give --data DIR");
  const started = performance.now();
  const store = await openStore("perf-store-sums", { ADASA_DATA: path.resolve(process.argv[i + 1]!), DATABASE_URL: "" });
  console.log(`open (and migrate) ${(performance.now() - started).toFixed(0)} ms`);
  try {
    const version = await store.lexiconVersion(createEngine(loadLexicon(corpusSource().lexiconPath).lexicon));
    await store.refreshStatistics(true);
    const time = async (name: string, run: () => Promise<unknown>) => {
      const ms: string[] = [];
      for (let n = 0; n < 2; n++) {
        const t0 = performance.now();
        await run();
        ms.push((performance.now() - t0).toFixed(0));
      }
      console.log(`${name.padEnd(36)} ${ms.join(", ")} ms`);
    };
    for (const source of ["summary", "articles"] as const) {
      await time(`${source}: outlets`, () => store.outletCounts(version, {}, source));
      await time(`${source}: outlets, 2016 to 2017-06`, () => store.outletCounts(version, { from: "2016", to: "2017-06" }, source));
      await time(`${source}: haftar by month`, () => store.timeline(version, { target: "haftar", interval: "month" }, {}, source));
      await time(`${source}: haftar by week`, () => store.timeline(version, { target: "haftar", interval: "week" }, {}, source));
    }
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
