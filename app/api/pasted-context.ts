import { corpusSource } from "@/lib/corpus/store";
import type { AlignContext } from "@/lib/work/align";

/**
 * What aligning pasted texts needs from the server: the lexicon's path, and
 * no outlets for counterparts (pasted texts are compared with each other, not
 * with the stored corpus; a route that does not read the store never waits for it).
 */
export function pastedContext(): AlignContext {
  // before the store, these routes loaded and analysed the whole corpus on their first request, for this list
  return { lexiconPath: corpusSource().lexiconPath, termOutlets: new Map() };
}
