import { normalize, normalizeWithMap } from "./normalize";
import { ENTRY_ARTICLE_ADDED, ENTRY_LAST, ENTRY_LEAF, ENTRY_SIZE, type PhraseItem, type PhraseSetOptions } from "./phrase-build";
import { compiledTables } from "./phrase-tables";
import { AS_IS_WORD, IS_WORD, type Tokens } from "./tokenize";
import { innerWordId, wordIdsOf, WORDS } from "./word-ids";

export { isIndefiniteAdjective, phraseWords, type PhraseItem, type PhraseSetOptions } from "./phrase-build";

/**
 * A set of Arabic phrases compiled once into a word trie, found in a token
 * stream by whole-token lookups: leftmost-longest, non-overlapping. Clitics
 * are allowed where Arabic writes them (see clitics.ts): proclitics on the
 * first word, a possessive suffix on a one-word phrase.
 */

/** Which words a phrase covers. */
export interface WordHit<T> {
  readonly payload: T;
  /** First and last token index, inclusive. */
  readonly first: number;
  readonly last: number;
}

export interface PhraseHit<T> extends WordHit<T> {
  /** Offsets of the phrase itself in the original text, clitics excluded. */
  readonly start: number;
  readonly end: number;
}

/**
 * The best phrase found at a token, with its offsets once located: one per PhraseSet, written by every search and read
 * right after it, so that no object is made per phrase tried or found (an object per hit cost more than the search).
 */
interface Best<T> {
  item: PhraseItem<T> | undefined;
  first: number;
  last: number;
  skip: number;
  trim: number;
  start: number;
  end: number;
}

/**
 * `item` reached at token `last` through an entry of `cost` clitic letters beats the best so far (none when bestItem
 * is undefined): longer, then with fewer clitic letters, then by key. The best is kept in plain variables by the
 * caller, so no object is made per phrase tried.
 */
function beats<T>(item: PhraseItem<T>, last: number, cost: number, bestItem: PhraseItem<T> | undefined, bestLast: number, bestCost: number): boolean {
  if (bestItem === undefined || last > bestLast) return true;
  if (last < bestLast) return false;
  return cost < bestCost || (cost === bestCost && item.key < bestItem.key);
}

/** Whitespace only, and no blank line: a phrase never spans paragraphs. */
export function adjacent(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) {
      if (++newlines > 1) return false;
    } else if (ch !== 32 && ch !== 9 && ch !== 13 && ch !== 0xa0 && ch !== 0x200f && ch !== 0x200e) {
      return false;
    }
  }
  return true;
}

/**
 * The text at token t starts with the token's normalized form (and, `whole`, is exactly that form): offsets within the
 * token carry over one to one.
 */
function writtenAsNormalized(text: string, tokens: Tokens, t: number, whole: boolean): boolean {
  if ((tokens.flags[t]! & AS_IS_WORD) !== 0) return true;
  const norm = tokens.norm(text, t);
  return text.startsWith(norm, tokens.starts[t]!) && (!whole || norm.length === tokens.ends[t]! - tokens.starts[t]!);
}

export class PhraseSet<T> {
  /** The trie, flattened (see SetTables): node n's phrase, if one ends there, and its children. */
  private readonly items: (PhraseItem<T> | undefined)[];
  private readonly childStart: Int32Array;
  private readonly childWords: Int32Array;
  private readonly childNodes: Int32Array;
  /**
   * By the word id of a first-word surface: 1 + where its entries start in `entries`, 0 for none (see SetTables). One
   * array of entries, so that a token's step reads its entries in one cache line rather than in five arrays and the
   * node's children.
   */
  private readonly firstWords: Int32Array;
  private readonly entries: Int32Array;
  /** By the word id of an adjective written with the article: 1 + the id of the word it agrees with (see definiteStep). */
  private readonly definiteAdjectives: Int32Array;
  /** By the word id of an inner word's spelling variant: 1 + the id of the lexicon spelling it stands for, 0 for none. */
  private readonly variants: Int32Array;

  constructor(
    items: Iterable<PhraseItem<T>>,
    options: PhraseSetOptions = { articleOptional: true },
  ) {
    const list = [...items];
    const tables = compiledTables(list, options);
    this.items = Array.from(tables.nodeItems, (i) => (i < 0 ? undefined : list[i]));
    this.childStart = tables.childStart;
    this.childWords = tables.childWords;
    this.childNodes = tables.childNodes;
    this.firstWords = tables.firstWords;
    this.entries = tables.entries;
    this.definiteAdjectives = tables.definiteAdjectives;
    this.variants = tables.variants;
  }

  /** The child of trie node `node` for word `id`, or -1: a binary search of its children's ids. */
  private childOf(node: number, id: number): number {
    const words = this.childWords;
    let lo = this.childStart[node]!;
    let hi = this.childStart[node + 1]! - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const w = words[mid]!;
      if (w === id) return this.childNodes[mid]!;
      if (w < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The child of `node` a token of word `id` leads to: its own spelling, else the lexicon spelling it is a variant of; -1 for none. */
  private nextNode(node: number, id: number): number {
    const own = this.childOf(node, id);
    if (own >= 0) return own;
    const variant = id < this.variants.length ? this.variants[id]! : 0;
    return variant === 0 ? -1 : this.childOf(node, variant - 1);
  }

  /**
   * The child of `node` that token j (of word `id`, the (j - i)th after the first word) leads to when the first word
   * took an article the phrase was written without, or -1. Arabic makes a noun definite with its adjectives
   * (قوات موالية → القوات الموالية، عملية إرهابية → العملية الإرهابية): an adjective written with the article stands for
   * the phrase's word without it. A construct's first noun never takes the article: «الحكومة الميليشيات» is a subject
   * and its object (واتهمت الحكومة الميليشيات), «الحكومة عبد الحميد الدبيبة» the end of «رئيس الحكومة» and a name. So
   * right after the first word only such an adjective, a preposition or adverb of place (الهجوم على طرابلس، المعارك
   * جنوب طرابلس) or a number (الكتيبة 128) goes on; after them the words go on as written (القوات الموالية لحفتر).
   */
  private definiteStep(node: number, id: number, tokens: Tokens, j: number, second: boolean): number {
    const agreed = id < this.definiteAdjectives.length ? this.definiteAdjectives[id]! : 0;
    const adjective = agreed > 0 ? this.childOf(node, agreed - 1) : -1;
    if (adjective >= 0) return adjective;
    return second && !mayFollowDefiniteHead(tokens, j, id) ? -1 : this.nextNode(node, id);
  }

  /** Where the entries of the first-word surface a token of word `id` is start (the phrases it can start), or -1. */
  private surfaceOf(id: number): number {
    return id >= 0 && id < this.firstWords.length ? this.firstWords[id]! - 1 : -1;
  }

  /** Leftmost-longest, non-overlapping hits in token order, within tokens[from, to) (default: all). */
  findAll(text: string, tokens: Tokens, from = 0, to = tokens.length): PhraseHit<T>[] {
    return this.scan(text, tokens, from, to, true) as PhraseHit<T>[];
  }

  /**
   * The same hits as findAll, without their offsets in the text: for a caller that needs only which
   * words they cover, so a word written with clitics or in another spelling is not mapped back.
   */
  findWords(text: string, tokens: Tokens, from = 0, to = tokens.length): WordHit<T>[] {
    return this.scan(text, tokens, from, to, false);
  }

  private scan(text: string, tokens: Tokens, from: number, to: number, located: boolean): WordHit<T>[] {
    const hits: WordHit<T>[] = [];
    const best = this.best;
    const ids = wordIdsOf(text, tokens);
    for (let i = this.firstStart(text, tokens, ids, from, to); i >= 0; i = this.firstStart(text, tokens, ids, best.last + 1, to)) {
      hits.push(located ? this.located(text, tokens) : { payload: best.item!.payload, first: best.first, last: best.last });
    }
    return hits;
  }

  /**
   * The first token in [from, to) where a phrase starts that ends before token `to` (the longest there: findAll's hit
   * when no earlier hit covers it), or -1. Its payload, tokens and offsets are then read from `lastHit` before any
   * other search of this set, so a caller that keeps its own record of a hit makes no other object for it.
   */
  nextHit(text: string, tokens: Tokens, from: number, to: number): number {
    const i = this.firstStart(text, tokens, wordIdsOf(text, tokens), from, to);
    if (i >= 0) this.locate(text, tokens);
    return i;
  }

  /**
   * The first token in [from, to) where a phrase starts that ends before token `to`, its longest then in `best`, or
   * -1: the scans' loop, with the set's first-word array read once rather than a call per token.
   */
  private firstStart(text: string, tokens: Tokens, ids: Int32Array, from: number, to: number): number {
    const firstWords = this.firstWords;
    const known = firstWords.length;
    for (let i = from; i < to; i++) {
      const id = ids[i]!;
      // most tokens start no phrase of any set (UNSEEN, -1) or none of this one
      if (id < 0 || id >= known) continue;
      const entries = firstWords[id]! - 1;
      if (entries >= 0 && this.longestAt(text, tokens, ids, i, to, entries)) return i;
    }
    return -1;
  }

  /** The hit nextHit last found, located. */
  get lastHit(): Readonly<Best<T>> {
    return this.best;
  }

  /**
   * The longest phrase starting at token `first` and ending before token `to`, or undefined: the first hit of
   * findAll(text, tokens, first, to) when it starts at `first`, without looking at the tokens after it.
   */
  hitAt(text: string, tokens: Tokens, first: number, to: number): PhraseHit<T> | undefined {
    return first < to && this.bestAt(text, tokens, wordIdsOf(text, tokens), first, to) ? this.located(text, tokens) : undefined;
  }

  /**
   * The phrases inside the hit spanning tokens [first, last]: leftmost-longest
   * among those `accept` takes, non-overlapping, each shorter than the whole
   * (فلول تنظيم داعش → تنظيم داعش). A refused hit does not hide a shorter
   * phrase that starts after it. `accept` is a plain function and `context`
   * its data, so no closure is made per call.
   */
  findInside<C>(text: string, tokens: Tokens, first: number, last: number, accept: (payload: T, context: C) => boolean, context: C): PhraseHit<T>[] {
    const hits: PhraseHit<T>[] = [];
    const best = this.best;
    const ids = wordIdsOf(text, tokens);
    for (let i = first; i <= last; i++) {
      if (!this.bestAt(text, tokens, ids, i, i === first ? last : last + 1) || !accept(best.item!.payload, context)) continue;
      hits.push(this.located(text, tokens));
      i = best.last;
    }
    return hits;
  }

  private readonly best: Best<T> = { item: undefined, first: 0, last: 0, skip: 0, trim: 0, start: 0, end: 0 };

  /**
   * Whether token i starts a phrase that ends before token `end`; the longest is then in `best`. Ruled out by the
   * token's word id first, as most tokens are (most words are no phrase's first word: -1).
   */
  private bestAt(text: string, tokens: Tokens, ids: Int32Array, i: number, end: number): boolean {
    const surface = this.surfaceOf(ids[i]!);
    return surface >= 0 && this.longestAt(text, tokens, ids, i, end, surface);
  }

  private longestAt(text: string, tokens: Tokens, ids: Int32Array, i: number, end: number, surface: number): boolean {
    // the fields read once: V8 reads a field again at each use in a loop that calls out
    const { items, childStart, entries } = this;
    let bestItem: PhraseItem<T> | undefined;
    let bestLast = -1;
    let bestEntry = -1;
    let bestCost = 0;
    for (let e = surface, more = true; more; e += ENTRY_SIZE) {
      let node = entries[e]!;
      const trim = entries[e + 2]!;
      const cost = entries[e + 1]! + trim;
      const bits = entries[e + 3]!;
      more = (bits & ENTRY_LAST) === 0;
      let item = items[node];
      if (item && beats(item, i, cost, bestItem, bestLast, bestCost)) {
        bestItem = item;
        bestLast = i;
        bestEntry = e;
        bestCost = cost;
      }
      if (trim > 0 || (bits & ENTRY_LEAF) !== 0) continue; // a suffixed word ends its phrase
      const articleAdded = (bits & ENTRY_ARTICLE_ADDED) !== 0;
      for (let j = i + 1; j < end && childStart[node + 1]! > childStart[node]!; j++) {
        const id = innerWordId(text, tokens, ids, j);
        if (id < 0 || !adjacent(text, tokens.ends[j - 1]!, tokens.starts[j]!)) break;
        const next = articleAdded ? this.definiteStep(node, id, tokens, j, j === i + 1) : this.nextNode(node, id);
        if (next < 0) break;
        node = next;
        item = items[node];
        if (item && beats(item, j, cost, bestItem, bestLast, bestCost)) {
          bestItem = item;
          bestLast = j;
          bestEntry = e;
          bestCost = cost;
        }
      }
    }
    if (!bestItem) return false;
    const best = this.best;
    best.item = bestItem;
    best.first = i;
    best.last = bestLast;
    best.skip = entries[bestEntry + 1]!;
    best.trim = entries[bestEntry + 2]!;
    return true;
  }

  /** The best phrase as a hit of its own, located. */
  private located(text: string, tokens: Tokens): PhraseHit<T> {
    const best = this.locate(text, tokens);
    return { payload: best.item!.payload, first: best.first, last: best.last, start: best.start, end: best.end };
  }

  /** Works out the best phrase's offsets in the text, clitics excluded. */
  private locate(text: string, tokens: Tokens): Best<T> {
    const hit = this.best;
    const firstStart = tokens.starts[hit.first]!;
    const lastStart = tokens.starts[hit.last]!;
    const lastEnd = tokens.ends[hit.last]!;
    let start = firstStart;
    let end = lastEnd;
    // where the token is written exactly as its normalized form, offsets carry over one to one (a token written as is
    // needs no normalized string to tell)
    if (hit.skip > 0) {
      start = writtenAsNormalized(text, tokens, hit.first, false) ? firstStart + hit.skip : normalizeWithMap(text, firstStart, tokens.ends[hit.first]!).map.starts[hit.skip]!;
    }
    if (hit.trim > 0) {
      if (writtenAsNormalized(text, tokens, hit.last, true)) end = lastEnd - hit.trim;
      else {
        const { map } = normalizeWithMap(text, lastStart, lastEnd);
        end = map.ends[map.ends.length - 1 - hit.trim]!;
      }
    }
    hit.start = start;
    hit.end = end;
    return hit;
  }
}

/**
 * Prepositions and adverbs of place: after a noun given the article, they start its complement (الهجوم على طرابلس)
 * where a noun would make a construct the article rules out.
 */
export const COMPLEMENT_WORDS: readonly string[] = ["على", "في", "من", "عن", "الى", "ضد", "مع", "بين", "داخل", "خارج", "قرب", "حول", "نحو", "عبر", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي"].map(normalize);
const COMPLEMENT_IDS = new Set(COMPLEMENT_WORDS.map((w) => WORDS.idOf(w)));

/** Token j (of word `id`) may follow a first word given the article: a number or a preposition or adverb of place. */
const mayFollowDefiniteHead = (tokens: Tokens, j: number, id: number): boolean => (tokens.flags[j]! & IS_WORD) === 0 || COMPLEMENT_IDS.has(id);
