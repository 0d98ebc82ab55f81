import { HashFilter } from "./hash-filter";
import { hashString, normalizesTo } from "./normalize";
import { AS_IS_WORD, type Tokens } from "./tokenize";

/**
 * Word ids: every word a phrase set looks for (each surface of a phrase's first word, each later word and its spelling
 * variants, in matching form) gets a number, and a text's tokens are looked up once per text (`wordIdsOf`), so that
 * every scan after it (the lexicon, the voice cues, the names inside a phrase, the grammar around a naming) compares
 * numbers in typed arrays instead of hashing, probing and comparing each token's letters again.
 *
 * One vocabulary serves every phrase set of the process (a set is compiled once and asked for every text), so that one
 * lookup per token serves them all. It only grows, by the words of the sets compiled (a lexicon's forms, the cues, the
 * construction grammar: about 76,000 with the bundled ones, 76,081 in round fourteen).
 */

/** Folds the high bits of an FNV hash into the low ones the table indexes by. */
const slotOf = (hash: number): number => hash ^ (hash >>> 16);

/**
 * The vocabulary as the tokens' lookup reads it: open addressing over (hash, 1 + id) pairs in one typed array, so that
 * a probe reads one cache line, and the words' letters end to end in another, compared in place for a token written
 * as it normalizes (most are); other tokens go through the normalization table (normalizesTo).
 */
class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly letters: Uint16Array;
  /** Word id → where its letters start in `letters`; offsets[id + 1] is where they end. */
  private readonly offsets: Int32Array;
  /** The hashes of every word: a token of another hash is no word of the vocabulary, ruled out by one read. */
  private readonly hashes: HashFilter;
  /**
   * The hashes of the words that start a phrase of some set: three tokens in four of a news text start none (half are
   * words of the vocabulary, most of them words inside phrases: في، من، ليبيا), and their ids are only looked up when a
   * phrase reaches them (UNSEEN).
   */
  private readonly firstHashes: HashFilter;

  constructor(
    private readonly words: readonly string[],
    first: readonly boolean[],
  ) {
    let size = 8;
    while (size < words.length * 2) size *= 2;
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
    this.offsets = new Int32Array(words.length + 1);
    let chars = 0;
    for (let id = 0; id < words.length; id++) {
      this.offsets[id] = chars;
      chars += words[id]!.length;
    }
    this.offsets[words.length] = chars;
    this.letters = new Uint16Array(chars);
    const hashes: number[] = [];
    const firstHashes: number[] = [];
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      for (let k = 0; k < word.length; k++) this.letters[this.offsets[id]! + k] = word.charCodeAt(k);
      const hash = hashString(word);
      hashes.push(hash);
      if (first[id]) firstHashes.push(hash);
      let slot = slotOf(hash) & this.mask;
      while (this.slots[slot * 2 + 1] !== 0) slot = (slot + 1) & this.mask;
      this.slots[slot * 2] = hash;
      this.slots[slot * 2 + 1] = id + 1;
    }
    this.hashes = new HashFilter(hashes);
    this.firstHashes = new HashFilter(firstHashes);
  }

  /**
   * Fills ids[0, tokens.length) with each token's id if its word could start a phrase, else UNSEEN: what each token
   * gets when a text is interned. The filter's bits and the token arrays are read into locals once: the loop calls
   * out (probe), so V8 would read each field again per token.
   */
  firstIds(text: string, tokens: Tokens, ids: Int32Array): void {
    const { bits, mask } = this.firstHashes;
    const hashes = tokens.hashes;
    const n = tokens.length;
    for (let k = 0; k < n; k++) {
      const bit = hashes[k]! & mask;
      ids[k] = (bits[bit >>> 3]! & (1 << (bit & 7))) !== 0 ? this.probe(text, tokens, k) : UNSEEN;
    }
  }

  /** The id of token k's word, or -1. */
  idOf(text: string, tokens: Tokens, k: number): number {
    return this.hashes.has(tokens.hashes[k]!) ? this.probe(text, tokens, k) : -1;
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
    if ((tokens.flags[k]! & AS_IS_WORD) === 0) return normalizesTo(text, start, end, this.words[id]!);
    const from = this.offsets[id]!;
    if (end - start !== this.offsets[id + 1]! - from) return false;
    const letters = this.letters;
    for (let i = 0; i < end - start; i++) if (text.charCodeAt(start + i) !== letters[from + i]) return false;
    return true;
  }
}

/** Words in matching form → ids, dense from 0 in the order they were first added. */
class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  /** By id: the word is a first-word surface of some phrase set. */
  private readonly first: boolean[] = [];
  /** The tokens' lookup, made again when words were added since (sets are compiled before texts are read). */
  private table: WordTable | undefined;

  get size(): number {
    return this.words.length;
  }

  /** The id of a word in matching form (`first`: a surface a phrase may start with), added if new. */
  idOf(word: string, first = false): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      this.ids.set(word, (id = this.words.length));
      this.words.push(word);
      this.first.push(false);
      this.table = undefined;
    }
    if (first && !this.first[id]) {
      this.first[id] = true;
      this.table = undefined;
    }
    return id;
  }

  /** The lookup of the words added so far. */
  get lookup(): WordTable {
    return (this.table ??= new WordTable(this.words.slice(), this.first.slice()));
  }

  /**
   * Fills tokens.ids[0, tokens.length): each token's word id if it could start a phrase (-1 for a word no set looks
   * for), else UNSEEN, looked up by innerWordId if a phrase reaches it.
   */
  intern(text: string, tokens: Tokens): void {
    this.lookup.firstIds(text, tokens, tokens.ids);
    tokens.internedWords = this.words.length;
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
  return id !== UNSEEN ? id : (ids[k] = WORDS.lookup.idOf(text, tokens, k));
}
