import { buildTables, ENTRY_LAST, ENTRY_SIZE, type PhraseItem, type PhraseSetOptions, type SetTables } from "./phrase-build";
import { WORDS } from "./word-ids";

/**
 * A phrase set's tables kept from one process to the next. Compiling the engine's sets (the lexicon's forms, the voice
 * and resolution cues, the construction grammar: about 80,000 first-word surfaces and inner words) cost about 1 s of
 * CPU at every start of every thread, most of a one-file `adasa analyze`; their tables, saved once, are read back for
 * a small part of that (docs/benchmarks.md, round 16).
 *
 * A set's word ids are those of the process's one vocabulary (word-ids.ts), which differ with what was compiled
 * before it, so the saved tables carry the set's own words instead: its ids are ranks among the words it uses (in the
 * order of the ids they had when built), turned back into the process's ids on reading, the words new to the
 * vocabulary added in that order, as building the set would have added them.
 */

/** Where saved tables are kept: `key` describes the set (its phrases, keys and options) in full. */
export interface TableStore {
  read(key: string): Uint8Array | undefined;
  write(key: string, bytes: Uint8Array): void;
}

let store: TableStore | undefined;

/** Phrase sets compiled from now on read their tables from `tables` (and save them there when missing), or none. */
export function keepPhraseTables(tables: TableStore | undefined): void {
  store = tables;
}

/** The set's tables: read back if saved (and whole), else built and saved. */
export function compiledTables<T>(items: readonly PhraseItem<T>[], options: PhraseSetOptions): SetTables {
  if (!store) return buildTables(items, options);
  const key = JSON.stringify([FORMAT, options.articleOptional, items.map((i) => [i.phrase, i.key])]);
  const saved = store.read(key);
  const restored = saved && readTables(saved, items.length);
  if (restored) return restored;
  const built = buildTables(items, options);
  store.write(key, savedTables(built, items.length));
  return built;
}

/** The layout below; a saved file of another is never read as this one (it is in the key). */
const FORMAT = 1;
/** Ints before the arrays: FORMAT and the COUNTS. */
const COUNTS = ["items", "nodes", "children", "entries", "firsts", "definites", "variants", "words", "letters"] as const;
type Counts = Record<(typeof COUNTS)[number], number>;

/**
 * The ints of the tables after the header, in order: each trie node's item, where its children start, the children's
 * words and nodes, the entries, then (word, value) pairs for the first words (the value: where its entries start), the
 * definite adjectives and the spelling variants (the value: a word), and where each word's letters end. Then the
 * letters, UTF-16 code units, as the vocabulary keeps them.
 */
const ARRAYS = (c: Counts) => [c.nodes, c.nodes + 1, c.children, c.children, c.entries, 2 * c.firsts, 2 * c.definites, 2 * c.variants, c.words];

/** The children's words as far as they go (flattenTrie's arrays may be longer). */
const childWordsOf = (t: SetTables): Int32Array => t.childWords.subarray(0, t.childStart[t.childStart.length - 1]);

/** The set's words (their ids ascending) and each id's rank among them. */
function usedWords(t: SetTables): { ids: number[]; rank: Int32Array } {
  const used = new Uint8Array(WORDS.size);
  childWordsOf(t).forEach((id) => (used[id] = 1));
  t.firstWords.forEach((v, id) => v !== 0 && (used[id] = 1));
  for (const table of [t.definiteAdjectives, t.variants]) table.forEach((v, id) => v !== 0 && (used[id] = used[v - 1] = 1));
  const ids: number[] = [];
  const rank = new Int32Array(WORDS.size);
  used.forEach((u, id) => u !== 0 && (rank[id] = ids.push(id) - 1));
  return { ids, rank };
}

/** A by-word-id table's (word rank, value) pairs, the value mapped by `value`. */
function pairs(table: Int32Array, rank: Int32Array, value: (v: number) => number): number[] {
  const out: number[] = [];
  table.forEach((v, id) => v !== 0 && out.push(rank[id]!, value(v - 1)));
  return out;
}

/** The tables of a set of `items` items as bytes, word ids replaced by ranks among the set's words. */
export function savedTables(t: SetTables, items: number): Uint8Array {
  const { ids, rank } = usedWords(t);
  const words = ids.map((id) => WORDS.lettersOf(id));
  const firsts = pairs(t.firstWords, rank, (v) => v);
  const definites = pairs(t.definiteAdjectives, rank, (v) => rank[v]!);
  const variants = pairs(t.variants, rank, (v) => rank[v]!);
  const ends: number[] = [];
  let end = 0;
  for (const w of words) ends.push((end += w.length));
  const children = childWordsOf(t);
  const counts: Counts = { items, nodes: t.nodeItems.length, children: children.length, entries: t.entries.length, firsts: firsts.length / 2, definites: definites.length / 2, variants: variants.length / 2, words: words.length, letters: end };
  const ints = [FORMAT, ...COUNTS.map((c) => counts[c]), ...t.nodeItems, ...t.childStart, ...Array.from(children, (id) => rank[id]!), ...t.childNodes.subarray(0, children.length), ...t.entries, ...firsts, ...definites, ...variants, ...ends];
  const bytes = new Uint8Array(ints.length * 4 + end * 2);
  new Int32Array(bytes.buffer, 0, ints.length).set(ints);
  const letters = new Uint16Array(bytes.buffer, ints.length * 4, end);
  for (let w = 0; w < words.length; w++) letters.set(words[w]!, w === 0 ? 0 : ends[w - 1]!);
  return bytes;
}

/** Every `step`th value of `array` from `from` on is in [lo, hi). Loops, not callbacks: this runs once per start, cold. */
function within(array: Int32Array, lo: number, hi: number, from = 0, step = 1): boolean {
  for (let i = from; i < array.length; i += step) if (array[i]! < lo || array[i]! >= hi) return false;
  return true;
}

/** `array` never decreases. */
function ascending(array: Int32Array): boolean {
  for (let i = 1; i < array.length; i++) if (array[i]! < array[i - 1]!) return false;
  return true;
}

/** The header's counts and the arrays after it (views of `bytes`), or undefined if the bytes are not laid out so. */
function layout(bytes: Uint8Array, items: number): { counts: Counts; arrays: Int32Array[]; letters: Uint16Array } | undefined {
  const head = 1 + COUNTS.length;
  if (bytes.byteLength < head * 4) return undefined;
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  const header = new Int32Array(aligned.buffer, aligned.byteOffset, head);
  const counts = Object.fromEntries(COUNTS.map((c, i) => [c, header[i + 1]!])) as Counts;
  if (header[0] !== FORMAT || counts.items !== items || !within(header, 0, 2 ** 30)) return undefined;
  const sizes = ARRAYS(counts);
  const ints = head + sizes.reduce((a, b) => a + b, 0);
  if (bytes.byteLength !== ints * 4 + counts.letters * 2) return undefined;
  let at = aligned.byteOffset + head * 4;
  const arrays = sizes.map((size) => {
    const array = new Int32Array(aligned.buffer, at, size);
    at += size * 4;
    return array;
  });
  return { counts, arrays, letters: new Uint16Array(aligned.buffer, at, counts.letters) };
}

/** A by-word-id table (see SetTables) from (word rank, value) pairs, ranks turned into ids by `id` and values by `value`. */
function byId(pairs: Int32Array, id: Int32Array, value: (v: number) => number): Int32Array {
  let size = 0;
  for (let p = 0; p < pairs.length; p += 2) size = Math.max(size, id[pairs[p]!]! + 1);
  const out = new Int32Array(size);
  for (let p = 0; p < pairs.length; p += 2) out[id[pairs[p]!]!] = value(pairs[p + 1]!) + 1;
  return out;
}

/** Each node's children put back in ascending word id, once their ids are the process's (those of other words may come between). */
function sortChildren(childStart: Int32Array, childWords: Int32Array, childNodes: Int32Array): void {
  for (let n = 0; n + 1 < childStart.length; n++) {
    const from = childStart[n]!;
    const to = childStart[n + 1]!;
    if (to - from < 2) continue;
    const order = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => childWords[a]! - childWords[b]!);
    const words = order.map((k) => childWords[k]!);
    const nodes = order.map((k) => childNodes[k]!);
    childWords.set(words, from);
    childNodes.set(nodes, from);
  }
}

type Arrays = [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];

/** Every index the arrays hold points inside them (a trie node, a child, an entry, a word, an item), so no scan reads past an end. */
function consistent([nodeItems, childStart, childWords, childNodes, entries, firsts, definites, variants, ends]: Arrays, c: Counts): boolean {
  return (
    within(nodeItems, -1, c.items) &&
    childStart[0] === 0 &&
    childStart[c.nodes] === c.children &&
    ascending(childStart) &&
    within(childWords, 0, c.words) &&
    within(childNodes, 0, c.nodes) &&
    c.entries % ENTRY_SIZE === 0 &&
    (c.entries === 0 || (entries[c.entries - 1]! & ENTRY_LAST) !== 0) &&
    within(entries, 0, 2 ** 30) &&
    within(entries, 0, c.nodes, 0, ENTRY_SIZE) &&
    within(firsts, 0, c.words, 0, 2) &&
    within(firsts, 0, c.entries, 1, 2) &&
    within(definites, 0, c.words) &&
    within(variants, 0, c.words) &&
    within(ends, 0, c.letters + 1) &&
    ascending(ends)
  );
}

/**
 * The tables savedTables saved for a set of `items` items, its words given ids in this process's vocabulary (those
 * new to it added, in the order they were ids when the set was built), or undefined if the bytes are not such tables.
 */
export function readTables(bytes: Uint8Array, items: number): SetTables | undefined {
  const laid = layout(bytes, items);
  if (!laid || !consistent(laid.arrays as Arrays, laid.counts)) return undefined;
  const [nodeItems, childStart, childWords, childNodes, entries, firsts, definites, variants, ends] = laid.arrays as Arrays;
  const first = new Uint8Array(ends.length);
  for (let p = 0; p < firsts.length; p += 2) first[firsts[p]!] = 1;
  const id = WORDS.idsOfLetters(laid.letters, ends, first);
  for (let k = 0; k < childWords.length; k++) childWords[k] = id[childWords[k]!]!;
  if (!ascending(id)) sortChildren(childStart, childWords, childNodes);
  return {
    nodeItems,
    childStart,
    childWords,
    childNodes,
    firstWords: byId(firsts, id, (v) => v),
    entries,
    definiteAdjectives: byId(definites, id, (r) => id[r]!),
    variants: byId(variants, id, (r) => id[r]!),
  };
}
