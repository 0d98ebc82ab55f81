import { CHAR_CLASS, LETTER as LETTER_CLASS, QUOTATION_MARKS, WORD as WORD_CLASS } from "./chars";
import { SENTENCE_BOUNDARIES } from "./sentences";
import { DELETED, hashNormalized, HASH_OFFSET as OFFSET, isHashedAsIs, normalizeSpan, REPLACED_BY } from "./normalize";

/**
 * Those characters: where a sentence may end (SENTENCE_BOUNDARIES) and quotation marks (QUOTATION_MARKS), so that
 * neither the sentence splitter nor the quote finder reads the whole text again.
 */
export const SCANNED_MARKS = SENTENCE_BOUNDARIES + QUOTATION_MARKS;

// Bits of CODES, the tokenizer's one read per character (module-level constants: the hot loop must not go through
// module export accessors).
/** Part of a word (chars.ts WORD). */
const WORD = 1;
/** A letter (chars.ts LETTER): a token with one is a word, a token without is a number. */
const LETTER = 2;
/** Normalization changes the character (replaces or deletes it): the token is not written as it normalizes. */
const CHANGED = 4;
/** Normalization deletes the character: the hash skips it. */
const SKIPPED = 8;
/** More than one table read (a composing hamza mark, a ligature): the token's hash is made by hashNormalized. */
const COMPLEX = 16;
/** A character the scans after the tokenizer look for, noted in Tokens.marks on the way. */
const MARK = 32;
/** Above these bits, the character the hash takes for it (itself, or the one normalization replaces it by). */
const CODE_SHIFT = 8;

/**
 * Per UTF-16 code unit, everything the tokenizer asks of a character in one Int32Array read: its class bits, what
 * normalization does to it and the character its matching form has there, so that the loop over every character of
 * the corpus hashes a token's matching form with one read and no branch per character on the way.
 */
const CODES = (() => {
  const table = new Int32Array(0x10000);
  for (let c = 0; c < 0x10000; c++) {
    const cls = CHAR_CLASS[c]!;
    let code = (cls & WORD_CLASS ? WORD : 0) | (cls & LETTER_CLASS ? LETTER : 0);
    if (isHashedAsIs(c)) code |= c << CODE_SHIFT;
    else {
      const r = REPLACED_BY[c]!;
      code |= CHANGED | (r >= 0 ? r << CODE_SHIFT : r === DELETED ? SKIPPED : SKIPPED | COMPLEX);
    }
    table[c] = code;
  }
  for (const ch of SCANNED_MARKS) table[ch.charCodeAt(0)]! |= MARK;
  return table;
})();

/** Whether the tokenizer notes this character in Tokens.marks (a mark that is not part of a word). */
export const isScannedMark = (c: number): boolean => (CODES[c]! & (MARK | WORD)) === MARK;
const HASH_OFFSET = OFFSET;
const hashSlow = hashNormalized;
const normalizeToken = normalizeSpan;

/** A word of the original text: `text.slice(start, end)`, and its matching form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The matching form (normalized). */
  readonly norm: string;
  /** hashString(norm), known without building `norm`: a signed 32-bit integer. */
  readonly hash: number;
  /** False for pure numbers: they are not counted as words. */
  readonly isWord: boolean;
  /** Normalization leaves the word as written: `norm` equals `text.slice(start, end)`, so it can be compared in place. */
  readonly asIs: boolean;
}

/** Bits of Tokens.flags. */
export const IS_WORD = 1;
export const AS_IS_WORD = 2;

/**
 * The words of one text as columns of typed arrays, token k being `text.slice(starts[k], ends[k])`, with the hash of
 * its matching form (as Token.hash) and its flags (IS_WORD, AS_IS_WORD). The engine reads tokens this way: a token is
 * four numbers in arrays the scans walk in order, not an object per word for the garbage collector (an object per word
 * was half the tokenizer's time and much of the collector's). The arrays may be longer than `length`. On its way the
 * tokenizer also notes where the text has one of SCANNED_MARKS (`marks[0, markCount)`, in order).
 */
export class Tokens {
  length = 0;
  starts: Int32Array;
  ends: Int32Array;
  hashes: Int32Array;
  flags: Uint8Array;
  markCount = 0;
  marks: Int32Array;
  /** Each token's word id (lib/arabic/word-ids.ts), filled once per text by the first phrase scan that asks. */
  ids: Int32Array;
  /** The vocabulary's size when `ids` were filled, -1 before: they are filled again for a new text or new words. */
  internedWords = -1;

  constructor(capacity = 64) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
    this.hashes = new Int32Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.ids = new Int32Array(capacity);
    this.marks = new Int32Array(capacity * 2);
  }

  /** Room for the tokens and marks of a text of `chars` characters (at most (chars + 1) / 2 tokens, `chars` marks). */
  reserve(chars: number): void {
    const n = (chars >> 1) + 1;
    if (n > this.starts.length) {
      const size = Math.max(n, this.starts.length * 2);
      this.starts = new Int32Array(size);
      this.ends = new Int32Array(size);
      this.hashes = new Int32Array(size);
      this.flags = new Uint8Array(size);
      this.ids = new Int32Array(size);
    }
    if (chars > this.marks.length) this.marks = new Int32Array(Math.max(chars, this.marks.length * 2));
  }

  /** The matching form of token k, built on demand (most tokens are ruled out by their hash and never need it). */
  norm(text: string, k: number): string {
    return normalizeToken(text, this.starts[k]!, this.ends[k]!);
  }
}

/** Splits text into words into `into` (its previous content is overwritten), keeping offsets into the original string. */
export function tokenizeInto(text: string, into: Tokens): Tokens {
  const n = text.length;
  into.reserve(n);
  const starts = into.starts;
  const ends = into.ends;
  const hashes = into.hashes;
  const flags = into.flags;
  const marks = into.marks;
  let count = 0;
  let markCount = 0;
  let i = 0;
  while (i < n) {
    const code = CODES[text.charCodeAt(i)]!;
    if ((code & WORD) === 0) {
      if (code & MARK) marks[markCount++] = i;
      i++;
      continue;
    }
    const start = i;
    // the hash of the token's matching form is made on the way (hashStep inlined: this loop sees every character of
    // the corpus), and the bits of its characters or-ed together tell the rest: a letter among them, one changed by
    // normalization, one needing hashNormalized
    let hash = HASH_OFFSET;
    let bits = 0;
    while (i < n) {
      const code = CODES[text.charCodeAt(i)]!;
      if ((code & WORD) === 0) break;
      bits |= code;
      if ((code & SKIPPED) === 0) hash = Math.imul(hash ^ (code >>> CODE_SHIFT), 0x01000193);
      i++;
    }
    starts[count] = start;
    ends[count] = i;
    hashes[count] = bits & COMPLEX ? hashSlow(text, start, i) : hash | 0;
    flags[count] = (bits & LETTER ? IS_WORD : 0) | (bits & CHANGED ? 0 : AS_IS_WORD);
    count++;
  }
  into.length = count;
  into.markCount = markCount;
  into.internedWords = -1;
  return into;
}

/** The words of a text, in arrays of their own. */
export const tokenList = (text: string): Tokens => tokenizeInto(text, new Tokens());

/** A token as an object, its normalized string built only when first asked for. */
class LazyToken implements Token {
  private normalized: string | undefined;

  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    readonly hash: number,
    readonly isWord: boolean,
    readonly asIs: boolean,
  ) {}

  get norm(): string {
    return (this.normalized ??= normalizeToken(this.text, this.start, this.end));
  }
}

/** Splits text into words, as objects (for code outside the engine's hot path), keeping offsets into the original string. */
export function tokenize(text: string): Token[] {
  const t = tokenList(text);
  const tokens: Token[] = [];
  for (let k = 0; k < t.length; k++) tokens.push(new LazyToken(text, t.starts[k]!, t.ends[k]!, t.hashes[k]!, (t.flags[k]! & IS_WORD) !== 0, (t.flags[k]! & AS_IS_WORD) !== 0));
  return tokens;
}

/** Number of words (tokens with a letter), the denominator of every density. */
export function countWords(tokens: readonly Token[] | Tokens): number {
  let words = 0;
  if (tokens instanceof Tokens) {
    for (let k = 0; k < tokens.length; k++) if (tokens.flags[k]! & IS_WORD) words++;
  } else for (const t of tokens) if (t.isWord) words++;
  return words;
}
