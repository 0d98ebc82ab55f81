import { CHAR_CLASS, LETTER as LETTER_BIT, WORD as WORD_BIT } from "./chars";
import { DELETED as DELETED_CHAR, hashNormalized, HASH_OFFSET as OFFSET, isHashedAsIs, normalizeSpan, REPLACED_BY } from "./normalize";

// module-level copies: the hot loop must not go through module export accessors
const WORD = WORD_BIT;
const LETTER = LETTER_BIT;
/** Normalization keeps the character as it is, so the token hash can take it directly. */
const AS_IS = 8;
/** One table read per character: word, letter and as-is bits together. */
const CLASS = (() => {
  const table = Uint8Array.from(CHAR_CLASS);
  for (let c = 0; c < 0x10000; c++) if (isHashedAsIs(c)) table[c]! |= AS_IS;
  return table;
})();
const HASH_OFFSET = OFFSET;
const hashSlow = hashNormalized;
const REPLACED = REPLACED_BY;
const DELETED = DELETED_CHAR;
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

/**
 * Most tokens are never looked at closely: the matcher rules them out by
 * hash. So the normalized string is built only when first asked for.
 */
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

/** Splits text into words, keeping offsets into the original string. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    if ((CLASS[text.charCodeAt(i)]! & WORD) === 0) {
      i++;
      continue;
    }
    const start = i;
    let hasLetter = false;
    // the hash of the normalized token is computed on the way for characters normalization keeps as they are
    let hash = HASH_OFFSET;
    let plain = true; // every character kept as it is
    let simple = true; // every character kept, deleted or replaced by one: the hash is made on the way
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = CLASS[c]!;
      if ((cls & WORD) === 0) break;
      if (cls & LETTER) hasLetter = true;
      // hashStep inlined: this loop sees every character of the corpus
      if (cls & AS_IS) hash = Math.imul(hash ^ c, 0x01000193);
      else {
        plain = false;
        const r = REPLACED[c]!;
        if (r >= 0) hash = Math.imul(hash ^ r, 0x01000193);
        else if (r !== DELETED) simple = false;
      }
      i++;
    }
    tokens.push(new LazyToken(text, start, i, simple ? hash | 0 : hashSlow(text, start, i), hasLetter, plain));
  }
  return tokens;
}

/** Number of words (tokens with a letter), the denominator of every density. */
export function countWords(tokens: readonly Token[]): number {
  let words = 0;
  for (const t of tokens) if (t.isWord) words++;
  return words;
}
