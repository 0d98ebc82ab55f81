import { ARTICLE, firstWordSurfaces, hasArticle, spellingVariants } from "./clitics";
import { normalize } from "./normalize";
import { WORDS } from "./word-ids";

/**
 * A PhraseSet's compilation: its phrases into a word trie, then the trie, the first words' surfaces and the spelling
 * variants into typed arrays indexed by word id (lib/arabic/word-ids.ts), which is all the set's scans read.
 */

/** A phrase to look for, with what a hit on it reports. */
export interface PhraseItem<T> {
  readonly phrase: string;
  readonly payload: T;
  /** Breaks ties between equally long hits, so results never depend on input order. */
  readonly key: string;
}

export interface PhraseSetOptions {
  /** Phrases written without the article also match with it: right for nouns, wrong for verbs. */
  readonly articleOptional: boolean;
}

/**
 * The compiled set, its word ids those of this process's vocabulary. The trie: node n's phrase (if one ends there) is
 * the item at nodeItems[n], and its children are [childStart[n], childStart[n + 1]) of childWords (their word ids,
 * ascending) and childNodes (their nodes). `firstWords`, by the word id of a first-word surface: 1 + where its entries
 * start in `entries`, 0 for none; each entry is ENTRY_SIZE ints, up to one with ENTRY_LAST: the trie node of the first
 * word, the clitic letters before and after it, and ENTRY_* bits. `definiteAdjectives`, by the word id of an adjective
 * written with the article: 1 + the id of the phrase's word it agrees with, written without. `variants`, by the word id
 * of an inner word's spelling variant: 1 + the id of the lexicon spelling it stands for.
 */
export interface SetTables {
  readonly nodeItems: Int32Array;
  readonly childStart: Int32Array;
  readonly childWords: Int32Array;
  readonly childNodes: Int32Array;
  readonly firstWords: Int32Array;
  readonly entries: Int32Array;
  readonly definiteAdjectives: Int32Array;
  readonly variants: Int32Array;
}

/** Ints per entry in SetTables.entries: its trie node, clitic letters before and after the word, and ENTRY_* bits. */
export const ENTRY_SIZE = 4;
/** The surface's last entry. */
export const ENTRY_LAST = 1;
/** The first word took an article the phrase was written without (Surface.articleAdded). */
export const ENTRY_ARTICLE_ADDED = 2;
/** The entry's node has no children: its phrase (if any) is one word long. */
export const ENTRY_LEAF = 4;

/** The words of a phrase in matching form. */
export const phraseWords = (phrase: string): string[] => normalize(phrase).split(/\s+/).filter(Boolean);

/**
 * The nisba and participle endings of an adjective written without the article (تركية، موالية، سوريين، إرهابي): a
 * phrase's later word of this shape agrees with a first word given the article. Plurals in ـيات are left out, since most
 * are nouns (ميليشيات، عمليات).
 */
const ADJECTIVE_ENDINGS = ["ي", "ية", "يين", "يون", "يتين", "ة"] as const;

export const isIndefiniteAdjective = (word: string): boolean => !hasArticle(word) && word.length > 3 && ADJECTIVE_ENDINGS.some((ending) => word.endsWith(ending));

/** A node of the trie while it is built: children by word id. Flattened into typed arrays once every phrase is in. */
interface BuildNode {
  readonly children: Map<number, BuildNode>;
  /** The index of the node's phrase among the set's items, -1 for none. */
  item: number;
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

const newNode = (): BuildNode => ({ children: new Map(), item: -1, index: -1 });

/** The child of `node` for the word `id`, added if new. */
function addChild(node: BuildNode, id: number): BuildNode {
  let child = node.children.get(id);
  if (!child) node.children.set(id, (child = newNode()));
  return child;
}

/** An array indexed by word id: 1 + the value at each id set, 0 elsewhere (ids past its end included). */
export function byWordId(values: ReadonlyMap<number, number>): Int32Array {
  let size = 0;
  values.forEach((_, id) => (size = Math.max(size, id + 1)));
  const out = new Int32Array(size);
  values.forEach((value, id) => (out[id] = value + 1));
  return out;
}

/** Numbers `node` and the nodes under it (depth first, a node before its children) into `nodes`. */
function numberNodes(node: BuildNode, nodes: BuildNode[]): void {
  node.index = nodes.length;
  nodes.push(node);
  node.children.forEach((child) => numberNodes(child, nodes));
}

/** The children of numbered nodes as three typed arrays (see SetTables), each node's by ascending word id. */
function flattenTrie(nodes: readonly BuildNode[]): { childStart: Int32Array; childWords: Int32Array; childNodes: Int32Array } {
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

/** Each surface's entries end to end in one Int32Array (see SetTables), and where each surface's first one starts in it. */
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

/** The phrases as a trie of word ids under their first words (written, in matching form), while it is built. */
interface Trie {
  readonly roots: Map<string, BuildNode>;
  /** First words that are a whole phrase on their own (such a word may take a possessive suffix). */
  readonly singles: Set<string>;
  readonly variants: Map<number, number>;
  readonly definiteAdjectives: Map<number, number>;
}

/** Item `index` into the trie under its first word's root, its inner words' spelling variants into `variants`. */
function addPhrase<T>(items: readonly PhraseItem<T>[], index: number, trie: Trie): void {
  const item = items[index]!;
  const words = phraseWords(item.phrase);
  if (words.length === 0) return;
  let node: BuildNode | undefined = trie.roots.get(words[0]!);
  if (!node) trie.roots.set(words[0]!, (node = newNode()));
  for (let w = 1; w < words.length; w++) {
    const word = words[w]!;
    const id = WORDS.idOf(word);
    // a later word for the same variant wins
    for (const variant of spellingVariants(word)) if (variant !== word) trie.variants.set(WORDS.idOf(variant), id);
    if (isIndefiniteAdjective(word)) for (const definite of spellingVariants(ARTICLE + word)) trie.definiteAdjectives.set(WORDS.idOf(definite), id);
    node = addChild(node, id);
  }
  if (node.item < 0 || item.key < items[node.item]!.key) node.item = index;
  if (words.length === 1) trie.singles.add(words[0]!);
}

/** Every surface a first word may take, each leading to the phrases under its root (`surfaces`: word id → index in `entries`). */
function addFirstWord(word: string, node: number, options: FirstWordSurfaces): void {
  for (const s of firstWordSurfaces(word, { single: options.singles.has(word), articleOptional: options.articleOptional })) {
    const id = WORDS.idOf(s.surface, true);
    let list = options.surfaces.get(id);
    if (list === undefined) {
      options.surfaces.set(id, (list = options.entries.length));
      options.entries.push([]);
    }
    options.entries[list]!.push({ node, skip: s.skip, trim: s.trim, articleAdded: s.articleAdded === true });
  }
}

interface FirstWordSurfaces {
  readonly singles: ReadonlySet<string>;
  readonly articleOptional: boolean;
  readonly surfaces: Map<number, number>;
  readonly entries: Entry[][];
}

/**
 * The tables of a set of `items`, new words added to the vocabulary. In steps of their own (each a small function,
 * hot on its own): one constructor doing them all was compiled with on-stack replacement for its first loop and
 * thrown away on reaching the next, three or four times per start.
 */
export function buildTables<T>(items: readonly PhraseItem<T>[], options: PhraseSetOptions): SetTables {
  const trie: Trie = { roots: new Map(), singles: new Set(), variants: new Map(), definiteAdjectives: new Map() };
  for (let i = 0; i < items.length; i++) addPhrase(items, i, trie);
  const nodes: BuildNode[] = [];
  trie.roots.forEach((node) => numberNodes(node, nodes));
  const { childStart, childWords, childNodes } = flattenTrie(nodes);
  const first: FirstWordSurfaces = { singles: trie.singles, articleOptional: options.articleOptional, surfaces: new Map(), entries: [] };
  trie.roots.forEach((node, word) => addFirstWord(word, node.index, first));
  const { data, starts } = flattenEntries(first.entries, childStart);
  return {
    nodeItems: Int32Array.from(nodes, (node) => node.item),
    childStart,
    childWords,
    childNodes,
    firstWords: byWordId(new Map([...first.surfaces].map(([id, s]) => [id, starts[s]!]))),
    entries: data,
    definiteAdjectives: byWordId(trie.definiteAdjectives),
    variants: byWordId(trie.variants),
  };
}
