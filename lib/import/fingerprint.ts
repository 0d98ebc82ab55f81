import { createHash } from "node:crypto";
import { normalize } from "../arabic/normalize";
import { IS_WORD, tokenizeInto, Tokens } from "../arabic/tokenize";

/**
 * Fingerprints of an article's text for duplicate detection. Both work on the
 * matching form (lib/arabic normalize), so a copy that differs only in
 * diacritics, tatweel, alef forms or spacing is the same text.
 */

/** sha256 (hex) of the normalized body with whitespace folded: equal for exact duplicates. */
export function contentHash(body: string): string {
  const folded = normalize(body).replace(/\s+/gu, " ").trim();
  return createHash("sha256").update(folded, "utf8").digest("hex");
}

/** Words per shingle: five-word runs tell a rewrite of one wire story from two stories on one topic. */
export const SHINGLE_WORDS = 5;
export const SIGNATURE_SIZE = 128;
/**
 * 32 bands of 4 rows: two texts become candidates with probability
 * 1 − (1 − J⁴)³², about 0.87 at Jaccard 0.5 and 0.03 at 0.2
 * (Leskovec, Rajaraman & Ullman, Mining of Massive Datasets, §3.4).
 */
export const LSH_BANDS = 32;
const ROWS = SIGNATURE_SIZE / LSH_BANDS;

/** murmur3's 32-bit finalizer: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** One fixed seed per MinHash function (splitmix-style sequence), the same in every process forever. */
const SEEDS = Uint32Array.from({ length: SIGNATURE_SIZE }, (_, i) => fmix32(Math.imul(i + 1, 0x9e3779b9)));

/** One per thread, reused: tokenizing a text allocates nothing once it has grown to the longest text's size. */
const scratch = { tokens: new Tokens(), words: new Int32Array(64), shingles: new Uint32Array(64) };

/** The hashes of the text's words (the tokenizer's hash of each matching form), in scratch.words; how many. */
function wordHashes(body: string): number {
  const t = tokenizeInto(body, scratch.tokens);
  if (scratch.words.length < t.length) scratch.words = new Int32Array(t.length);
  let n = 0;
  for (let k = 0; k < t.length; k++) if (t.flags[k]! & IS_WORD) scratch.words[n++] = t.hashes[k]!;
  return n;
}

/** Hashes of the word 5-shingles of the normalized text (one shingle of all words for a shorter text), in scratch.shingles; how many. */
function shingleHashes(body: string): number {
  const words = wordHashes(body);
  const hashes = scratch.words;
  const width = Math.min(SHINGLE_WORDS, words);
  const count = width === 0 ? 0 : words - width + 1;
  if (scratch.shingles.length < count) scratch.shingles = new Uint32Array(count);
  const out = scratch.shingles;
  for (let i = 0; i < count; i++) {
    let h = 0x2545f491;
    for (let k = 0; k < width; k++) h = fmix32(h ^ Math.imul(hashes[i + k]!, 0xcc9e2d51) ^ k);
    out[i] = h;
  }
  return count;
}

/**
 * The MinHash signature: per seeded hash function, the least hash over the text's shingles. Seed by
 * seed, the shingles in the inner loop: the least value so far stays in a register, and the
 * finalizer is written out in the loop (the hot loop: 128 hashes a word).
 */
export function minhashSignature(body: string): number[] {
  const count = shingleHashes(body);
  const shingles = scratch.shingles;
  const signature = new Array<number>(SIGNATURE_SIZE);
  for (let i = 0; i < SIGNATURE_SIZE; i++) {
    const seed = SEEDS[i]!;
    let least = 0xffffffff;
    for (let j = 0; j < count; j++) {
      let h = shingles[j]! ^ seed;
      h ^= h >>> 16;
      h = Math.imul(h, 0x85ebca6b);
      h ^= h >>> 13;
      h = Math.imul(h, 0xc2b2ae35);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < least) least = h;
    }
    signature[i] = least;
  }
  return signature;
}

/**
 * Keys of the LSH bands: texts sharing any key are near-duplicate candidates, to confirm with
 * estimatedJaccard. A key is one int8 (the store's column type): the band number times 2³² plus
 * the band's values folded by h = (h × 31 + v) mod 2³², which migration 003 computes the same way
 * in SQL. A rare collision only adds a candidate, which the Jaccard estimate then turns down.
 */
export function lshBands(signature: readonly number[]): number[] {
  if (signature.length !== SIGNATURE_SIZE) throw new Error(`a signature has ${SIGNATURE_SIZE} values, not ${signature.length}`);
  const keys: number[] = [];
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0;
    for (let r = b * ROWS; r < (b + 1) * ROWS; r++) h = (Math.imul(h, 31) + signature[r]!) >>> 0;
    keys.push(b * 2 ** 32 + h);
  }
  return keys;
}

/** The share of signature positions that agree: an unbiased estimate of the shingle sets' Jaccard similarity. */
export function estimatedJaccard(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length || a.length === 0) throw new Error(`signatures of different sizes (${a.length} and ${b.length})`);
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** A text's MinHash signature and its LSH bands: what the store needs to link near-duplicates. */
export interface Fingerprint {
  readonly signature: number[];
  readonly bands: number[];
  /**
   * The signature as the store keeps it (`signatureText`), when written where the signature was
   * computed: on the analysis threads joining 128 numbers per article costs the import's main
   * thread nothing (it was ~0.45 s of it per 10,000 articles), and the string clones for ~1% of that.
   */
  readonly signatureText?: string | null;
}

/** A signature as `articles.signature` stores it ("v1,v2,…", read back by parseSignature), null for none. */
export const signatureText = (signature: readonly number[]): string | null => (signature.length > 0 ? signature.join(",") : null);

/** The fingerprint a signature stands for (a stored one included); an empty signature has no bands. */
export function fingerprintOf(signature: number[]): Fingerprint {
  return { signature, bands: signature.length > 0 ? lshBands(signature) : [] };
}

/** A text's fingerprint with its stored form: what an import computes once per new article. */
export function fingerprint(body: string): Fingerprint {
  const print = fingerprintOf(minhashSignature(body));
  return { ...print, signatureText: signatureText(print.signature) };
}
