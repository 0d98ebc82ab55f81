import type { TextAnalysis } from "../analysis/analyze-text";
import type { Engine } from "../analysis/engine";
import { corpusSource } from "../corpus/store";
import type { AlignContext } from "../work/align";
import type { Store } from "./index";

/** Which outlets use each of `terms` (lexicon entry ids), looked up with their targets so the match index serves. */
function outletsOfTerms(store: Store, engine: Engine, version: number, terms: Iterable<string>) {
  const wanted = [...new Set(terms)].flatMap((term) => {
    const e = engine.lexicon.entries.get(term);
    return e ? [{ term, target: e.target }] : [];
  });
  return store.termOutlets(version, wanted);
}

/** Which outlets use the counterparts of the articles' terms ("other outlets call this…"): only those terms are looked up. */
export function counterpartOutlets(store: Store, engine: Engine, version: number, analyses: readonly TextAnalysis[]) {
  return outletsOfTerms(store, engine, version, analyses.flatMap((a) => a.matches.flatMap((m) => engine.lexicon.entries.get(m.term)?.counterparts ?? [])));
}

/** Which outlets use every counterpart the lexicon names (the glossary): one scan of those terms' matches. */
export function lexiconCounterpartOutlets(store: Store, engine: Engine, version: number) {
  return outletsOfTerms(store, engine, version, engine.lexicon.lexicon.entries.flatMap((e) => e.counterparts));
}

/** What aligning stored articles in the worker pool needs: the server's lexicon, and the outlets of their terms' counterparts. */
export async function storedAlignContext(store: Store, engine: Engine, version: number, analyses: readonly TextAnalysis[]): Promise<AlignContext> {
  return { lexiconPath: corpusSource().lexiconPath, termOutlets: await counterpartOutlets(store, engine, version, analyses) };
}
