import { HashFilter } from "./hash-filter";
import { HASH_OFFSET, hashStep, hashString, normalizesTo } from "./normalize";
import { AS_IS_WORD, type Tokens } from "./tokenize";

/**
 * Word ids: every word a phrase set looks for (each surface of a phrase's first word, each later word and its spelling
 * variants, in matching form) gets a number, and a text's tokens are looked up once per text (`wordIdsOf`), so that
 * every scan after it (the lexicon, the voice cues, the names inside a phrase, the grammar around a naming) compares
 * numbers in typed arrays instead of hashing, probing and comparing each token's letters again.
 *
 * One vocabulary serves every phrase set of the process (a set is compiled once and asked for every text), so that one
 * lookup per token serves them all. It only grows, by the words of the sets compiled (a lexicon's forms, the cues, the
 * construction grammar: about 80,000 with the bundled ones).
 */

/** Folds the high bits of an FNV hash into the low ones the table indexes by. */
const slotOf = (hash: number): number => hash ^ (hash >>> 16);

/** FNV-1a of letters[from, to), as hashString hashes the same word as a string. */
function hashLetters(letters: Uint16Array, from: number, to: number): number {
  let h = HASH_OFFSET;
  for (let i = from; i < to; i++) h = hashStep(h, letters[i]!);
  return h | 0;
}

/** A typed array twice as long (at least `size`), its content kept. */
function grown<A extends Uint16Array | Int32Array | Uint8Array>(array: A, size: number): A {
  let length = array.length;
  while (length < size) length *= 2;
  if (length === array.length) return array;
  const out = new (array.constructor as new (n: number) => A)(length);
  out.set(array);
  return out;
}

/**
 * Words in matching form → ids, dense from 0 in the order they were first added, all in typed arrays: the words'
 * letters end to end, and an open-addressing table of (hash, 1 + id) pairs, so that a probe reads one cache line and a
 * word is compared in place. A set's saved tables (phrase-tables.ts) bring their words as letters too: they are looked
 * up and added without a string or a Map entry per word, which cost about a fifth of a second per thread at start.
 */
class Vocabulary {
  private letters = new Uint16Array(1 << 16);
  /** Word id → where its letters start in `letters`; offsets[id + 1] is where they end. */
  private offsets = new Int32Array(1 << 12);
  private hashes = new Int32Array(1 << 12);
  /** By id: the word is a first-word surface of some phrase set. */
  private first = new Uint8Array(1 << 12);
  private count = 0;
  private slots = new Int32Array(1 << 13);
  private mask = (1 << 12) - 1;
  /**
   * The hashes of every word (a token of another hash is no word of the vocabulary, ruled out by one read), and of the
   * words that start a phrase of some set: three tokens in four of a news text start none (half are words of the
   * vocabulary, most of them words inside phrases: في، من، ليبيا), and their ids are only looked up when a phrase
   * reaches them (UNSEEN). Made again when words were added since (sets are compiled before texts are read).
   */
  private filters: { all: HashFilter; first: HashFilter } | undefined;

  get size(): number {
    return this.count;
  }

  /** The letters (UTF-16 code units) of the word of an id: a view, valid until words are added. */
  lettersOf(id: number): Uint16Array {
    return this.letters.subarray(this.offsets[id]!, this.offsets[id + 1]!);
  }

  /** The id of a word in matching form (`first`: a surface a phrase may start with), added if new. */
  idOf(word: string, first = false): number {
    const hash = hashString(word);
    const slots = this.slots;
    for (let slot = slotOf(hash) & this.mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & this.mask) {
      const id = slots[slot * 2 + 1]! - 1;
      if (slots[slot * 2] === hash && this.spelled(word, id)) return this.flagged(id, first);
    }
    this.reserve(1, word.length);
    const at = this.offsets[this.count]!;
    for (let k = 0; k < word.length; k++) this.letters[at + k] = word.charCodeAt(k);
    return this.flagged(this.added(hash, at + word.length), first);
  }

  /**
   * The ids of the words whose letters are letters[ends[i - 1], ends[i]) (from 0 for the first), each a surface a
   * phrase may start with where `first` is 1, those new added in order: a saved set's words (phrase-tables.ts).
   */
  idsOfLetters(letters: Uint16Array, ends: Int32Array, first: Uint8Array): Int32Array {
    this.reserve(ends.length, letters.length);
    const ids = new Int32Array(ends.length);
    for (let i = 0, from = 0; i < ends.length; from = ends[i++]!) ids[i] = this.flagged(this.idOfLetters(letters, from, ends[i]!), first[i] === 1);
    return ids;
  }

  /** The id of the word letters[from, to), added if new (room for it reserved): one function of plain loops, as it runs cold. */
  private idOfLetters(letters: Uint16Array, from: number, to: number): number {
    const hash = hashLetters(letters, from, to);
    const { slots, offsets } = this;
    const own = this.letters;
    const mask = this.mask;
    for (let slot = slotOf(hash) & mask; slots[slot * 2 + 1] !== 0; slot = (slot + 1) & mask) {
      const id = slots[slot * 2 + 1]! - 1;
      if (slots[slot * 2] !== hash) continue;
      const at = offsets[id]!;
      if (offsets[id + 1]! - at !== to - from) continue;
      let k = 0;
      while (k < to - from && letters[from + k] === own[at + k]) k++;
      if (k === to - from) return id;
    }
    const at = offsets[this.count]!;
    for (let k = 0; k < to - from; k++) own[at + k] = letters[from + k]!;
    return this.added(hash, at + to - from);
  }

  /** Room for `words` more words of `letters` letters in all, the table at most half full with them: grown once for a whole set. */
  private reserve(words: number, letters: number): void {
    const count = this.count + words;
    this.offsets = grown(this.offsets, count + 1);
    this.hashes = grown(this.hashes, count);
    this.first = grown(this.first, count);
    this.letters = grown(this.letters, this.offsets[this.count]! + letters);
    if (count * 2 > this.mask + 1) this.rehash(count);
  }

  /** A new word, its letters already in place up to `end` (room reserved): its id. */
  private added(hash: number, end: number): number {
    const id = this.count++;
    this.offsets[id + 1] = end;
    this.hashes[id] = hash;
    this.place(hash, id);
    this.filters = undefined;
    return id;
  }

  /** Word `id` of hash `hash` into the first free slot of its run. */
  private place(hash: number, id: number): void {
    let slot = slotOf(hash) & this.mask;
    while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
    this.slots[slot * 2] = hash;
    this.slots[slot * 2 + 1] = id + 1;
  }

  /** The table large enough for `count` words at most half full (a probe then reads a slot or two), its words placed again. */
  private rehash(count: number): void {
    let size = this.mask + 1;
    while (count * 2 > size) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    for (let id = 0; id < this.count; id++) this.place(this.hashes[id]!, id);
  }

  private flagged(id: number, first: boolean): number {
    if (first && this.first[id] === 0) {
      this.first[id] = 1;
      this.filters = undefined;
    }
    return id;
  }

  private spelled(word: string, id: number): boolean {
    const from = this.offsets[id]!;
    if (word.length !== this.offsets[id + 1]! - from) return false;
    for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== this.letters[from + k]) return false;
    return true;
  }

  private get filtersNow(): { all: HashFilter; first: HashFilter } {
    if (this.filters) return this.filters;
    const first: number[] = [];
    for (let id = 0; id < this.count; id++) if (this.first[id] === 1) first.push(this.hashes[id]!);
    return (this.filters = { all: new HashFilter(this.hashes.subarray(0, this.count)), first: new HashFilter(first) });
  }

  /**
   * Fills tokens.ids[0, tokens.length): each token's word id if it could start a phrase (-1 for a word no set looks
   * for), else UNSEEN, looked up by innerWordId if a phrase reaches it. The filter's bits and the token arrays are read
   * into locals once: the loop calls out (probe), so V8 would read each field again per token.
   */
  intern(text: string, tokens: Tokens): void {
    const { bits, mask } = this.filtersNow.first;
    const hashes = tokens.hashes;
    const ids = tokens.ids;
    const n = tokens.length;
    for (let k = 0; k < n; k++) {
      const bit = hashes[k]! & mask;
      ids[k] = (bits[bit >>> 3]! & (1 << (bit & 7))) !== 0 ? this.probe(text, tokens, k) : UNSEEN;
    }
    tokens.internedWords = this.count;
  }

  /** The id of token k's word, or -1. */
  tokenId(text: string, tokens: Tokens, k: number): number {
    return this.filtersNow.all.has(tokens.hashes[k]!) ? this.probe(text, tokens, k) : -1;
  }

  /** The id of token k's word, or -1, found in the table. */
  private probe(text: string, tokens: Tokens, k: number): number {
    const hash = tokens.hashes[k]!;
    const slots = this.slots;
    const mask = this.mask;
    for (let slot = slotOf(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot * 2 + 1]! - 1;
      if (id < 0) return -1;
      if (slots[slot * 2] === hash && this.isWord(text, tokens, k, id)) return id;
    }
  }

  /** Token k, in matching form, is the word `id`. */
  private isWord(text: string, tokens: Tokens, k: number, id: number): boolean {
    const start = tokens.starts[k]!;
    const end = tokens.ends[k]!;
    const from = this.offsets[id]!;
    const to = this.offsets[id + 1]!;
    if ((tokens.flags[k]! & AS_IS_WORD) === 0) return normalizesTo(text, start, end, this.letters, from, to);
    if (end - start !== to - from) return false;
    const letters = this.letters;
    for (let i = 0; i < end - start; i++) if (text.charCodeAt(start + i) !== letters[from + i]) return false;
    return true;
  }
}

/** A token's id not looked up yet: the word starts no phrase of any set (it may be a word inside one). */
export const UNSEEN = -2;

export const WORDS = new Vocabulary();

/** The word ids of a text's tokens (tokens.ids), looked up on the first call for the text and read after that. */
export function wordIdsOf(text: string, tokens: Tokens): Int32Array {
  if (tokens.internedWords !== WORDS.size) WORDS.intern(text, tokens);
  return tokens.ids;
}

/** The word id of token k of a text interned by wordIdsOf, looked up now if it was UNSEEN: a phrase's step to its next word. */
export function innerWordId(text: string, tokens: Tokens, ids: Int32Array, k: number): number {
  const id = ids[k]!;
  return id !== UNSEEN ? id : (ids[k] = WORDS.tokenId(text, tokens, k));
}
