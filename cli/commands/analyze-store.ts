import { resultOf } from "../../lib/analysis/corpus";
import { scoreOutletCounts } from "../../lib/analysis/outlets";
import type { ScoreOptions } from "../../lib/analysis/tally";
import { analysisWriter, type AnalysisFormat } from "../../lib/report/analysis-stream";
import { problemOfImport } from "../../lib/store";
import { EXIT } from "../exit";
import { engineFor } from "../lexicon-option";
import { bufferedStdout, type Io } from "../output";
import { analyseQueue, withStore } from "../store";

/**
 * `adasa analyze --store`: the stored corpus in today's shapes, written
 * article by article as pages come from the store; the outlet table is
 * summed in SQL. Articles not yet analysed with this lexicon are analysed first.
 */
export async function runAnalyzeStore(io: Io, options: { lexicon?: string; format: AnalysisFormat; voice: ScoreOptions["voice"] }): Promise<number> {
  const engine = engineFor(io, options.lexicon);
  if (!engine) return EXIT.badInput;
  return withStore(io, "adasa analyze", async (store) => {
    const version = await store.lexiconVersion(engine);
    await analyseQueue(io, store, engine, version, { batch: 200, leaseSeconds: 600 });
    const scoreOptions: ScoreOptions = { voice: options.voice };
    const out = bufferedStdout(io);
    const writer = analysisWriter(options.format, out.write, { lexicon: engine.lexicon, options: scoreOptions });
    let count = 0;
    for await (const { article, analysis } of store.results(version)) {
      writer.article(resultOf(engine, article, analysis, scoreOptions));
      count++;
      // a pipe takes the output asynchronously: without waiting for it, all 100,000 articles' rows
      // sat in memory when the reader was slower than the store (1.04 GB against 0.5 GB)
      await out.drained();
    }
    if (count === 0) {
      io.stderr(`adasa: the store (${store.where}) holds no article yet: add some with adasa import\n`);
      return EXIT.badInput;
    }
    writer.end(scoreOutletCounts(engine, await store.outletCounts(version), scoreOptions), (await store.problems()).map(problemOfImport));
    out.flush();
    return EXIT.ok;
  });
}
