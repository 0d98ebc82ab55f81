import { analyzeText } from "../../lib/analysis/analyze-text";
import { scoreOutlets } from "../../lib/analysis/outlets";
import { diffTexts } from "../../lib/align";
import { corpusSource, loadSnapshot, type CorpusSnapshot } from "../../lib/corpus/store";
import { targetCharts } from "../../lib/report/charts";
import { TEST_ARTICLES } from "./server";

/** What the pages must show, computed with the real engine over the same corpus the server serves. */
let snapshot: CorpusSnapshot | undefined;
export function corpus(): CorpusSnapshot {
  return (snapshot ??= loadSnapshot(corpusSource({ ADASA_ARTICLES: TEST_ARTICLES })));
}

export function expectedCharts() {
  const snap = corpus();
  const outlets = scoreOutlets(snap.engine, snap.results, { voice: "all" });
  return { outlets, charts: targetCharts(snap.engine.lexicon, outlets) };
}

/** The framing swaps between two articles of the corpus, as the diff finds them. */
export function expectedSwaps(a: string, b: string) {
  const snap = corpus();
  const side = (id: string) => {
    const r = snap.byId.get(id);
    if (!r) throw new Error(`no article ${id} in the test corpus`);
    return { text: r.article.body, analysis: analyzeText(snap.engine, r.article.body) };
  };
  return diffTexts(side(a), side(b)).swaps;
}
