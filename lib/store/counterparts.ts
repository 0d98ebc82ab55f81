import type { TextAnalysis } from "../analysis/analyze-text";
import type { Engine } from "../analysis/engine";
import type { Store } from "./index";

/** Which outlets use the counterparts of the article's terms ("other outlets call this…"): only those terms are looked up. */
export async function counterpartOutlets(store: Store, engine: Engine, version: number, analyses: readonly TextAnalysis[]) {
  const terms = new Set(analyses.flatMap((a) => a.matches.flatMap((m) => engine.lexicon.entries.get(m.term)?.counterparts ?? [])));
  const wanted = [...terms].flatMap((term) => {
    const e = engine.lexicon.entries.get(term);
    return e ? [{ term, target: e.target }] : [];
  });
  return store.termOutlets(version, wanted);
}
