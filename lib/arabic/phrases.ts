import { ARTICLE, firstWordSurfaces, hasArticle, spellingVariants } from "./clitics";
import { normalize, normalizeWithMap } from "./normalize";
import { AS_IS_WORD, IS_WORD, type Tokens } from "./tokenize";
import { innerWordId, wordIdsOf, WORDS } from "./word-ids";

/**
 * A set of Arabic phrases compiled once into a word trie, found in a token
 * stream by whole-token lookups: leftmost-longest, non-overlapping. Clitics
 * are allowed where Arabic writes them (see clitics.ts): proclitics on the
 * first word, a possessive suffix on a one-word phrase.
 */
export interface PhraseItem<T> {
  readonly phrase: string;
  readonly payload: T;
  /** Breaks ties between equally long hits, so results never depend on input order. */
  readonly key: string;
}

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

/** A node of the trie while it is built: children by word id. Flattened into typed arrays once every phrase is in. */
interface BuildNode<T> {
  readonly children: Map<number, BuildNode<T>>;
  item?: PhraseItem<T>;
  /** Its index in the flattened trie. */
  index: number;
}

/** A phrase's first-word surface leads to the subtrie of its first word, with the clitic letters around the word. */
interface Entry {
  /** The trie node of the first word (an index into the flattened trie). */
  readonly node: number;
  readonly skip: number;
  readonly trim: number;
  /** The first word took an article the phrase was written without (Surface.articleAdded). */
  readonly articleAdded: boolean;
}

/** The words of a phrase in matching form. */
export const phraseWords = (phrase: string): string[] => normalize(phrase).split(/\s+/).filter(Boolean);

export interface PhraseSetOptions {
  /** Phrases written without the article also match with it: right for nouns, wrong for verbs. */
  readonly articleOptional: boolean;
}

const newNode = <T>(): BuildNode<T> => ({ children: new Map(), index: -1 });

/** The child of `node` for the word `id`, added if new. */
function addChild<T>(node: BuildNode<T>, id: number): BuildNode<T> {
  let child = node.children.get(id);
  if (!child) node.children.set(id, (child = newNode<T>()));
  return child;
}

/** An array indexed by word id: 1 + the value at each id set, 0 elsewhere (ids past its end included). */
function byWordId(values: ReadonlyMap<number, number>): Int32Array {
  let size = 0;
  values.forEach((_, id) => (size = Math.max(size, id + 1)));
  const out = new Int32Array(size);
  values.forEach((value, id) => (out[id] = value + 1));
  return out;
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

/** Numbers `node` and the nodes under it (depth first, a node before its children) into `nodes`. */
function numberNodes<T>(node: BuildNode<T>, nodes: BuildNode<T>[]): void {
  node.index = nodes.length;
  nodes.push(node);
  node.children.forEach((child) => numberNodes(child, nodes));
}

/** The children of numbered nodes as three typed arrays (see PhraseSet.childStart), each node's by ascending word id. */
function flattenTrie<T>(nodes: readonly BuildNode<T>[]): { childStart: Int32Array; childWords: Int32Array; childNodes: Int32Array } {
  const childStart = new Int32Array(nodes.length + 1);
  const childWords = new Int32Array(nodes.length);
  const childNodes = new Int32Array(childWords.length);
  let at = 0;
  for (let n = 0; n < nodes.length; n++) {
    childStart[n] = at;
    const ids = [...nodes[n]!.children.keys()].sort((a, b) => a - b);
    for (const id of ids) {
      childWords[at] = id;
      childNodes[at] = nodes[n]!.children.get(id)!.index;
      at++;
    }
  }
  childStart[nodes.length] = at;
  return { childStart, childWords, childNodes };
}

/** Ints per entry in PhraseSet.entries: its trie node, clitic letters before and after the word, and ENTRY_* bits. */
const ENTRY_SIZE = 4;
/** The surface's last entry. */
const ENTRY_LAST = 1;
/** The first word took an article the phrase was written without (Surface.articleAdded). */
const ENTRY_ARTICLE_ADDED = 2;
/** The entry's node has no children: its phrase (if any) is one word long. */
const ENTRY_LEAF = 4;

/**
 * Each surface's entries end to end in one Int32Array (see PhraseSet.entries), and where each surface's first one
 * starts in it.
 */
function flattenEntries(entries: readonly (readonly Entry[])[], childStart: Int32Array): { data: Int32Array; starts: number[] } {
  const count = entries.reduce((n, list) => n + list.length, 0);
  const data = new Int32Array(count * ENTRY_SIZE);
  const starts: number[] = [];
  let at = 0;
  for (const list of entries) {
    starts.push(at);
    list.forEach((e, k) => {
      const leaf = childStart[e.node + 1]! === childStart[e.node]!;
      data[at] = e.node;
      data[at + 1] = e.skip;
      data[at + 2] = e.trim;
      data[at + 3] = (k === list.length - 1 ? ENTRY_LAST : 0) | (e.articleAdded ? ENTRY_ARTICLE_ADDED : 0) | (leaf ? ENTRY_LEAF : 0);
      at += ENTRY_SIZE;
    });
  }
  return { data, starts };
}

export class PhraseSet<T> {
  /**
   * The trie, flattened: node n's phrase (if one ends there) is items[n], and its children are
   * [childStart[n], childStart[n + 1]) of childWords (their word ids, ascending) and childNodes (their nodes). A token
   * goes one step down by its word id (lib/arabic/word-ids.ts): numbers compared, no letters.
   */
  private readonly items: (PhraseItem<T> | undefined)[] = [];
  private readonly childStart: Int32Array;
  private readonly childWords: Int32Array;
  private readonly childNodes: Int32Array;
  /**
   * By the word id of a first-word surface: 1 + where its entries start in `entries`, 0 for none. The phrases a
   * surface starts are its entries, ENTRY_SIZE ints each up to one with ENTRY_LAST: the trie node of the first word,
   * the clitic letters before and after it, and bits (ENTRY_*). One array, so that a token's step reads its entries
   * in one cache line rather than in five arrays and the node's children.
   */
  private readonly firstWords: Int32Array;
  private readonly entries: Int32Array;
  /**
   * By the word id of an adjective written with the article (الموالية، التركية): 1 + the id of the phrase's word it
   * agrees with, written without (موالية، تركية), 0 for none. See definiteStep.
   */
  private readonly definiteAdjectives: Int32Array;
  /** By the word id of an inner word's spelling variant: 1 + the id of the lexicon spelling it stands for, 0 for none. */
  private readonly variants: Int32Array;

  constructor(
    items: Iterable<PhraseItem<T>>,
    private readonly options: PhraseSetOptions = { articleOptional: true },
  ) {
    // in steps of their own (each a small function, hot on its own): one constructor doing them all was compiled with
    // on-stack replacement for its first loop and thrown away on reaching the next, three or four times per start
    const roots = new Map<string, BuildNode<T>>();
    const singles = new Set<string>();
    const variants = new Map<number, number>();
    const definiteAdjectives = new Map<number, number>();
    for (const item of items) this.addPhrase(item, roots, singles, variants, definiteAdjectives);
    this.variants = byWordId(variants);
    this.definiteAdjectives = byWordId(definiteAdjectives);
    const nodes: BuildNode<T>[] = [];
    roots.forEach((node) => numberNodes(node, nodes));
    ({ childStart: this.childStart, childWords: this.childWords, childNodes: this.childNodes } = flattenTrie(nodes));
    for (const node of nodes) this.items.push(node.item);
    const surfaces = new Map<number, number>();
    const entries: Entry[][] = [];
    roots.forEach((node, word) => this.addFirstWord(word, node.index, singles.has(word), surfaces, entries));
    const { data, starts } = flattenEntries(entries, this.childStart);
    this.entries = data;
    this.firstWords = byWordId(new Map([...surfaces].map(([id, s]) => [id, starts[s]!])));
  }

  /** One phrase into the trie under its first word's root, its inner words' spelling variants into `variants`. */
  private addPhrase(item: PhraseItem<T>, roots: Map<string, BuildNode<T>>, singles: Set<string>, variants: Map<number, number>, definiteAdjectives: Map<number, number>): void {
    const words = phraseWords(item.phrase);
    if (words.length === 0) return;
    let node: BuildNode<T> | undefined = roots.get(words[0]!);
    if (!node) roots.set(words[0]!, (node = newNode<T>()));
    for (let w = 1; w < words.length; w++) {
      const word = words[w]!;
      const id = WORDS.idOf(word);
      // a later word for the same variant wins
      for (const variant of spellingVariants(word)) if (variant !== word) variants.set(WORDS.idOf(variant), id);
      if (isIndefiniteAdjective(word)) for (const definite of spellingVariants(ARTICLE + word)) definiteAdjectives.set(WORDS.idOf(definite), id);
      node = addChild(node, id);
    }
    if (!node.item || item.key < node.item.key) node.item = item;
    if (words.length === 1) singles.add(words[0]!);
  }

  /** Every surface a first word may take, each leading to the phrases under its root (`surfaces`: word id → index in `entries`). */
  private addFirstWord(word: string, node: number, single: boolean, surfaces: Map<number, number>, entries: Entry[][]): void {
    for (const s of firstWordSurfaces(word, { single, articleOptional: this.options.articleOptional })) {
      const id = WORDS.idOf(s.surface, true);
      let list = surfaces.get(id);
      if (list === undefined) {
        surfaces.set(id, (list = entries.length));
        entries.push([]);
      }
      entries[list]!.push({ node, skip: s.skip, trim: s.trim, articleAdded: s.articleAdded === true });
    }
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
 * The nisba and participle endings of an adjective written without the article (تركية، موالية، سوريين، إرهابي): a
 * phrase's later word of this shape agrees with a first word given the article. Plurals in ـيات are left out, since most
 * are nouns (ميليشيات، عمليات).
 */
const ADJECTIVE_ENDINGS = ["ي", "ية", "يين", "يون", "يتين", "ة"] as const;
/**
 * Prepositions and adverbs of place: after a noun given the article, they start its complement (الهجوم على طرابلس)
 * where a noun would make a construct the article rules out.
 */
export const COMPLEMENT_WORDS: readonly string[] = ["على", "في", "من", "عن", "الى", "ضد", "مع", "بين", "داخل", "خارج", "قرب", "حول", "نحو", "عبر", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي"].map(normalize);
const COMPLEMENT_IDS = new Set(COMPLEMENT_WORDS.map((w) => WORDS.idOf(w)));

/** Token j (of word `id`) may follow a first word given the article: a number or a preposition or adverb of place. */
const mayFollowDefiniteHead = (tokens: Tokens, j: number, id: number): boolean => (tokens.flags[j]! & IS_WORD) === 0 || COMPLEMENT_IDS.has(id);

export const isIndefiniteAdjective = (word: string): boolean => !hasArticle(word) && word.length > 3 && ADJECTIVE_ENDINGS.some((ending) => word.endsWith(ending));
