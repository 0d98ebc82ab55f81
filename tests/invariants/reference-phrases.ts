import { ARTICLE, firstWordSurfaces, spellingVariants } from "../../lib/arabic/clitics";
import { adjacent, COMPLEMENT_WORDS, isIndefiniteAdjective, phraseWords, type PhraseItem, type PhraseSetOptions } from "../../lib/arabic/phrases";
import { IS_WORD, type Tokens } from "../../lib/arabic/tokenize";

/**
 * A deliberately naive PhraseSet for differential testing: every phrase tried at every token, its words compared as
 * normalized strings (tokens.norm), with none of the engine's word ids, tries or typed arrays. Slow and obvious.
 */
export interface RefWordHit<T> {
  readonly payload: T;
  readonly first: number;
  readonly last: number;
}

interface Compiled<T> {
  readonly item: PhraseItem<T>;
  readonly words: readonly string[];
}

export class ReferencePhrases<T> {
  /** Each phrase under every surface its first word may take (a Map only so that the test runs in seconds, not minutes). */
  private readonly bySurface = new Map<string, { compiled: Compiled<T>; skip: number; trim: number; articleAdded: boolean }[]>();

  constructor(items: readonly PhraseItem<T>[], options: PhraseSetOptions = { articleOptional: true }) {
    for (const item of items) {
      const words = phraseWords(item.phrase);
      if (words.length === 0) continue;
      const compiled = { item, words };
      for (const s of firstWordSurfaces(words[0]!, { single: words.length === 1, articleOptional: options.articleOptional })) {
        const list = this.bySurface.get(s.surface) ?? [];
        list.push({ compiled, skip: s.skip, trim: s.trim, articleAdded: s.articleAdded === true });
        this.bySurface.set(s.surface, list);
      }
    }
  }

  /** The longest phrase starting at token i and ending before token `end`: longer, then fewer clitic letters, then the least key. */
  bestAt(text: string, tokens: Tokens, i: number, end: number): RefWordHit<T> | undefined {
    if (i >= end) return undefined;
    const norm = (k: number) => tokens.norm(text, k);
    let best: { item: PhraseItem<T>; last: number; cost: number } | undefined;
    // a first word given the article: an adjective agrees (الموالية for موالية); right after it, only a preposition or
    // adverb of place or a number goes on as written
    const agrees = (word: string, k: number) => isIndefiniteAdjective(word) && spellingVariants(ARTICLE + word).includes(norm(k));
    const asWritten = (word: string, k: number, w: number, articleAdded: boolean) =>
      spellingVariants(word).includes(norm(k)) && (!articleAdded || w > 1 || (tokens.flags[k]! & IS_WORD) === 0 || COMPLEMENT_WORDS.includes(norm(k)));
    for (const { compiled, skip, trim, articleAdded } of this.bySurface.get(norm(i)) ?? []) {
      const { item, words } = compiled;
      {
        let w = 1;
        while (w < words.length && i + w < end && adjacent(text, tokens.ends[i + w - 1]!, tokens.starts[i + w]!) && ((articleAdded && agrees(words[w]!, i + w)) || asWritten(words[w]!, i + w, w, articleAdded))) w++;
        if (w < words.length) continue;
        const last = i + words.length - 1;
        const cost = skip + trim;
        if (!best || last > best.last || (last === best.last && (cost < best.cost || (cost === best.cost && item.key < best.item.key)))) best = { item, last, cost };
      }
    }
    return best && { payload: best.item.payload, first: i, last: best.last };
  }

  /** Leftmost-longest, non-overlapping hits within tokens[from, to). */
  findWords(text: string, tokens: Tokens, from = 0, to = tokens.length): RefWordHit<T>[] {
    const hits: RefWordHit<T>[] = [];
    for (let i = from; i < to; i++) {
      const hit = this.bestAt(text, tokens, i, to);
      if (!hit) continue;
      hits.push(hit);
      i = hit.last;
    }
    return hits;
  }

  /** The phrases inside the hit spanning tokens [first, last], each shorter than the whole (PhraseSet.findInside accepting every payload). */
  findInside(text: string, tokens: Tokens, first: number, last: number): RefWordHit<T>[] {
    const hits: RefWordHit<T>[] = [];
    for (let i = first; i <= last; i++) {
      const hit = this.bestAt(text, tokens, i, i === first ? last : last + 1);
      if (!hit) continue;
      hits.push(hit);
      i = hit.last;
    }
    return hits;
  }
}
