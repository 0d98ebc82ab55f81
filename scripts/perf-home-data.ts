/**
 * The store data behind the home page, call by call (figures, not a test):
 *
 *   node bin/run-ts.js scripts/perf-home-data.ts --data DIR [--runs 2]
 *
 * Opens the embedded store in DIR and, `--runs` times, makes the calls of app/page.tsx (the
 * outlet sums, the article list, the picker, the count of everything, the outlets, the mentioned
 * targets, the queue, the problems, the story pair) and the time chart's monthly timeline, without
 * a filter and with the filter change of scripts/perf-store-web.ts (2016 to 2017-06), printing
 * each call's wall time and the process's CPU time (pglite runs in this process): on a shared
 * machine the CPU is the figure to compare.
 */
import path from "node:path";
import { createEngine } from "../lib/analysis/engine";
import { corpusSource } from "../lib/corpus/store";
import { loadLexicon } from "../lib/lexicon/load";
import { openStore, type StoreFilter } from "../lib/store";
import { PICKER_LIMIT } from "../components/home/ArticlePicker";

const arg = (name: string, fallback?: string): string => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? process.argv[i + 1] : fallback;
  if (value === undefined) throw new Error(`give --${name}`);
  return value;
};

async function main() {
  const store = await openStore("perf-home-data", { ADASA_DATA: path.resolve(arg("data")), DATABASE_URL: "" });
  try {
    const engine = createEngine(loadLexicon(corpusSource().lexiconPath).lexicon);
    const version = await store.lexiconVersion(engine);
    const targets = [...engine.lexicon.targets.keys()];
    const filters: [string, StoreFilter][] = [["no filter", {}], ["2016 to 2017-06", { from: "2016", to: "2017-06" }]];
    for (let run = 1; run <= Number(arg("runs", "2")); run++) {
      for (const [name, selection] of filters) {
        const calls: [string, () => Promise<unknown>][] = [
          ["outletCounts", () => store.outletCounts(version, selection)],
          ["articlePage (list)", () => store.articlePage(version, selection, 0, 50)],
          ["articlePage (picker)", () => store.articlePage(version, selection, 0, PICKER_LIMIT + 1)],
          ["articlePage (count)", () => store.articlePage(version, {}, 0, 0)],
          ["outletNames", () => store.outletNames()],
          ["mentionedTargets", () => store.mentionedTargets(version, targets)],
          ["pendingJobs", () => store.pendingJobs(version)],
          ["problems", () => store.problems(20)],
          ["storyPair", () => store.storyPair(version)],
          ["timeline (month)", () => store.timeline(version, { target: "haftar", interval: "month" }, selection)],
        ];
        let home = 0;
        for (const [call, make] of calls) {
          const cpu0 = process.cpuUsage();
          const t0 = performance.now();
          await make();
          const cpu = process.cpuUsage(cpu0);
          const ms = (cpu.user + cpu.system) / 1000;
          if (!call.startsWith("timeline")) home += ms;
          console.log(`run ${run}, ${name.padEnd(16)} ${call.padEnd(22)} ${(performance.now() - t0).toFixed(0).padStart(6)} ms wall ${ms.toFixed(0).padStart(6)} ms CPU`);
        }
        console.log(`run ${run}, ${name.padEnd(16)} the home page's data: ${home.toFixed(0)} ms CPU`);
      }
    }
  } finally {
    await store.close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
