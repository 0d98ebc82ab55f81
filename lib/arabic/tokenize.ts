import { CHAR_CLASS, LETTER as LETTER_BIT, WORD as WORD_BIT } from "./chars";
import { hashNormalized, hashStep, HASH_OFFSET, isHashedAsIs, normalizeSpan } from "./normalize";

// module-level copies: the hot loop must not go through module export accessors
const CLASS = CHAR_CLASS;
const WORD = WORD_BIT;
const LETTER = LETTER_BIT;
const hashSlow = hashNormalized;
const step = hashStep;
const asIs = isHashedAsIs;
const normalizeToken = normalizeSpan;

/** A word of the original text: `text.slice(start, end)`, and its matching form. */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The matching form (normalized). */
  readonly norm: string;
  /** hashString(norm), known without building `norm`. */
  readonly hash: number;
  /** False for pure numbers: they are not counted as words. */
  readonly isWord: boolean;
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
    let plain = true;
    while (i < n) {
      const c = text.charCodeAt(i);
      const cls = CLASS[c]!;
      if ((cls & WORD) === 0) break;
      if (cls & LETTER) hasLetter = true;
      if (plain) {
        if (asIs(c)) hash = step(hash, c);
        else plain = false;
      }
      i++;
    }
    tokens.push(new LazyToken(text, start, i, plain ? hash >>> 0 : hashSlow(text, start, i), hasLetter));
  }
  return tokens;
}

/** Number of words (tokens with a letter), the denominator of every density. */
export function countWords(tokens: readonly Token[]): number {
  let words = 0;
  for (const t of tokens) if (t.isWord) words++;
  return words;
}
