import { firstWordSurfaces, spellingVariants } from "./clitics";
import { HashFilter } from "./hash-filter";
import { IntKeyTable } from "./int-table";
import { hashString, normalize, normalizesTo, normalizeWithMap } from "./normalize";
import { AS_IS_WORD, type Tokens } from "./tokenize";

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

/** A word of a trie node's children, chained with any other word of the same hash. */
interface Child<T> {
  readonly word: string;
  readonly node: Node<T>;
  readonly next: Child<T> | undefined;
}

/** Children by the hash of their word (Token.hash): a token is looked up with no normalized string built. */
interface Node<T> {
  readonly children: Map<number, Child<T>>;
  item?: PhraseItem<T>;
}

/** An inner word's spelling variant (its hash is the key) and the lexicon spelling it stands for. */
interface Variant {
  readonly variant: string;
  readonly word: string;
  readonly wordHash: number;
  readonly next: Variant | undefined;
}

interface Entry<T> {
  readonly node: Node<T>;
  readonly skip: number;
  readonly trim: number;
}

/** The phrases a first-word surface starts, chained with any other surface of the same hash. */
interface Surface<T> {
  readonly surface: string;
  readonly entries: Entry<T>[];
  next: Surface<T> | undefined;
}

/** Token t, in matching form, is `word`: compared in place, so no string is built. */
function tokenIs(text: string, tokens: Tokens, t: number, word: string): boolean {
  const start = tokens.starts[t]!;
  const end = tokens.ends[t]!;
  if ((tokens.flags[t]! & AS_IS_WORD) === 0) return normalizesTo(text, start, end, word);
  const n = end - start;
  if (n !== word.length) return false;
  for (let k = 0; k < n; k++) if (text.charCodeAt(start + k) !== word.charCodeAt(k)) return false;
  return true;
}

/** The words of a phrase in matching form. */
export const phraseWords = (phrase: string): string[] => normalize(phrase).split(/\s+/).filter(Boolean);

export interface PhraseSetOptions {
  /** Phrases written without the article also match with it: right for nouns, wrong for verbs. */
  readonly articleOptional: boolean;
}

const newNode = <T>(): Node<T> => ({ children: new Map() });

function childNamed<T>(node: Node<T>, word: string, hash: number): Node<T> | undefined {
  for (let c = node.children.get(hash); c; c = c.next) if (c.word === word) return c.node;
  return undefined;
}

function addChild<T>(node: Node<T>, word: string): Node<T> {
  const hash = hashString(word);
  const found = childNamed(node, word, hash);
  if (found) return found;
  const child = newNode<T>();
  node.children.set(hash, { word, node: child, next: node.children.get(hash) });
  return child;
}

/** The child whose word is token t, in matching form. */
function childAt<T>(node: Node<T>, text: string, tokens: Tokens, t: number): Node<T> | undefined {
  for (let c = node.children.get(tokens.hashes[t]!); c; c = c.next) if (tokenIs(text, tokens, t, c.word)) return c.node;
  return undefined;
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
 * `item` reached at token `last` through entry `e` beats the best so far (none when bestItem is
 * undefined): longer, then with fewer clitic letters, then by key. The best is kept in plain
 * variables by the caller, so no object is made per phrase tried.
 */
function beats<T>(item: PhraseItem<T>, last: number, e: Entry<T>, bestItem: PhraseItem<T> | undefined, bestLast: number, bestCost: number): boolean {
  if (bestItem === undefined || last > bestLast) return true;
  if (last < bestLast) return false;
  const cost = e.skip + e.trim;
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
  /** First-word surfaces by the hash of their matching form (Token.hash): a number key, and no string built for the lookup. */
  private readonly surfaces = new Map<number, Surface<T>>();
  /** The same, in typed arrays for the scan, once every phrase is in. */
  private readonly firstWords: IntKeyTable<Surface<T>>;
  /** The hashes of every first-word surface: most tokens are ruled out by it. */
  private readonly starts: HashFilter;
  /**
   * The hashes of every word after a first word, in each of its spellings: a token it rules out continues no phrase,
   * and the child lookups (two Map reads) are skipped where a phrase could go on but does not (قوات in قوات كبيرة).
   */
  private readonly inner: HashFilter;
  /** The inner words' hashes, gathered while the phrases go in; the filter is made of them at the end, sized for them. */
  private readonly innerHashes = new Set<number>();
  /** Spelling variants of inner words, by the variant's hash → the lexicon spelling. */
  private readonly innerVariants = new Map<number, Variant>();

  constructor(
    items: Iterable<PhraseItem<T>>,
    private readonly options: PhraseSetOptions = { articleOptional: true },
  ) {
    // in steps of their own (each a small function, hot on its own): one constructor doing them all was compiled with
    // on-stack replacement for its first loop and thrown away on reaching the next, three or four times per start
    const roots = new Map<string, Node<T>>();
    const singles = new Set<string>();
    for (const item of items) this.addPhrase(item, roots, singles);
    roots.forEach((node, word) => this.addFirstWord(word, node, singles.has(word)));
    this.firstWords = new IntKeyTable(this.surfaces);
    this.starts = new HashFilter(this.surfaces.keys());
    this.inner = new HashFilter(this.innerHashes);
  }

  /** One phrase into the trie under its first word's root, its inner words into the filter. */
  private addPhrase(item: PhraseItem<T>, roots: Map<string, Node<T>>, singles: Set<string>): void {
    const words = phraseWords(item.phrase);
    if (words.length === 0) return;
    let node: Node<T> | undefined = roots.get(words[0]!);
    if (!node) roots.set(words[0]!, (node = newNode<T>()));
    for (let w = 1; w < words.length; w++) {
      const word = words[w]!;
      this.innerHashes.add(hashString(word));
      for (const variant of spellingVariants(word)) if (variant !== word) this.addVariant(variant, word);
      node = addChild(node, word);
    }
    if (!node.item || item.key < node.item.key) node.item = item;
    if (words.length === 1) singles.add(words[0]!);
  }

  /** Every surface a first word may take, each leading to the phrases under its root. */
  private addFirstWord(word: string, node: Node<T>, single: boolean): void {
    for (const s of firstWordSurfaces(word, { single, articleOptional: this.options.articleOptional })) {
      this.surfaceNamed(s.surface).entries.push({ node, skip: s.skip, trim: s.trim });
    }
  }

  /** Records that `variant` stands for `word` (a later word for the same variant wins, as a Map.set would). */
  private addVariant(variant: string, word: string): void {
    const hash = hashString(variant);
    this.innerHashes.add(hash);
    const head = this.innerVariants.get(hash);
    for (let v = head; v; v = v.next) {
      if (v.variant === variant) {
        (v as { word: string }).word = word;
        (v as { wordHash: number }).wordHash = hashString(word);
        return;
      }
    }
    this.innerVariants.set(hash, { variant, word, wordHash: hashString(word), next: head });
  }

  /** The child of `node` token t leads to: its own spelling, else the lexicon spelling it is a variant of. */
  private nextNode(node: Node<T>, text: string, tokens: Tokens, t: number): Node<T> | undefined {
    const own = childAt(node, text, tokens, t);
    if (own) return own;
    for (let v = this.innerVariants.get(tokens.hashes[t]!); v; v = v.next) {
      if (tokenIs(text, tokens, t, v.variant)) return childNamed(node, v.word, v.wordHash);
    }
    return undefined;
  }

  private surfaceNamed(surface: string): Surface<T> {
    const hash = hashString(surface);
    const head = this.surfaces.get(hash);
    for (let s = head; s; s = s.next) if (s.surface === surface) return s;
    const added: Surface<T> = { surface, entries: [], next: head };
    this.surfaces.set(hash, added);
    return added;
  }

  /** False when a token of this hash cannot start a phrase, ruled out with one array read. */
  private mayStart(hash: number): boolean {
    return this.starts.has(hash);
  }

  /** The phrases token t can start, or undefined. */
  private entriesAt(text: string, tokens: Tokens, t: number): Entry<T>[] | undefined {
    for (let s = this.firstWords.get(tokens.hashes[t]!); s; s = s.next) if (tokenIs(text, tokens, t, s.surface)) return s.entries;
    return undefined;
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
    for (let i = from; i < to; i++) {
      if (!this.bestAt(text, tokens, i, to)) continue;
      hits.push(located ? this.located(text, tokens) : { payload: best.item!.payload, first: best.first, last: best.last });
      i = best.last;
    }
    return hits;
  }

  /**
   * Whether the longest phrase starting at token i and ending before token `to` exists: the scans' step (findAll
   * finds it at i when no earlier hit covers i). Its payload, tokens and offsets are then read from `lastHit` before
   * any other search of this set, so a caller that keeps its own record of a hit makes no other object for it.
   */
  hitStartingAt(text: string, tokens: Tokens, i: number, to: number): boolean {
    if (!this.bestAt(text, tokens, i, to)) return false;
    this.locate(text, tokens);
    return true;
  }

  /** The hit hitStartingAt last found, located. */
  get lastHit(): Readonly<Best<T>> {
    return this.best;
  }

  /**
   * The longest phrase starting at token `first` and ending before token `to`, or undefined: the first hit of
   * findAll(text, tokens, first, to) when it starts at `first`, without looking at the tokens after it.
   */
  hitAt(text: string, tokens: Tokens, first: number, to: number): PhraseHit<T> | undefined {
    return first < to && this.bestAt(text, tokens, first, to) ? this.located(text, tokens) : undefined;
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
    for (let i = first; i <= last; i++) {
      if (!this.bestAt(text, tokens, i, i === first ? last : last + 1) || !accept(best.item!.payload, context)) continue;
      hits.push(this.located(text, tokens));
      i = best.last;
    }
    return hits;
  }

  private readonly best: Best<T> = { item: undefined, first: 0, last: 0, skip: 0, trim: 0, start: 0, end: 0 };

  /**
   * Whether token i starts a phrase that ends before token `end`; the longest is then in `best`. Ruled out by the
   * token's hash first, as most tokens are.
   */
  private bestAt(text: string, tokens: Tokens, i: number, end: number): boolean {
    if (!this.mayStart(tokens.hashes[i]!)) return false;
    const entries = this.entriesAt(text, tokens, i);
    return entries !== undefined && this.longestAt(text, tokens, i, end, entries);
  }

  private longestAt(text: string, tokens: Tokens, i: number, end: number, entries: readonly Entry<T>[]): boolean {
    let bestItem: PhraseItem<T> | undefined;
    let bestLast = -1;
    let bestEntry: Entry<T> | undefined;
    let bestCost = 0;
    for (let k = 0; k < entries.length; k++) {
      const e = entries[k]!;
      let node = e.node;
      if (node.item && beats(node.item, i, e, bestItem, bestLast, bestCost)) {
        bestItem = node.item;
        bestLast = i;
        bestEntry = e;
        bestCost = e.skip + e.trim;
      }
      if (e.trim > 0) continue; // a suffixed word ends its phrase
      for (let j = i + 1; j < end && node.children.size > 0; j++) {
        if (!this.inner.has(tokens.hashes[j]!) || !adjacent(text, tokens.ends[j - 1]!, tokens.starts[j]!)) break;
        const next = this.nextNode(node, text, tokens, j);
        if (!next) break;
        node = next;
        if (node.item && beats(node.item, j, e, bestItem, bestLast, bestCost)) {
          bestItem = node.item;
          bestLast = j;
          bestEntry = e;
          bestCost = e.skip + e.trim;
        }
      }
    }
    if (!bestItem || !bestEntry) return false;
    const best = this.best;
    best.item = bestItem;
    best.first = i;
    best.last = bestLast;
    best.skip = bestEntry.skip;
    best.trim = bestEntry.trim;
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
