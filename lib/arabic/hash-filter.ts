/** Bits per hash the filter is sized for: a token never added passes about one time in BITS_PER_HASH. */
const BITS_PER_HASH = 16;
/** Between 2^10 bits (128 bytes) and 2^20 bits (128 kB). */
const MIN_BITS = 10;
const MAX_BITS = 20;

/**
 * A Bloom filter with one hash function over token hashes (Token.hash): `has` is false for every hash never added,
 * and true for those added and a few others. The phrase scans ask it before any lookup: most tokens start nothing,
 * and most words after a phrase's first word do not continue it. It is sized for the hashes it holds, not fixed:
 * the scans test it for every token, and a filter far larger than its content (a few hundred inner words in 128 kB)
 * cost a cache miss per token where a small one stays in the first-level cache.
 */
export class HashFilter {
  /** The bits, and the mask of a hash's bit index: read by a hot loop that tests every token (WordTable.firstIds). */
  readonly bits: Uint8Array;
  readonly mask: number;

  constructor(hashes: ArrayLike<number>) {
    let bits = MIN_BITS;
    while (bits < MAX_BITS && 1 << bits < hashes.length * BITS_PER_HASH) bits++;
    this.bits = new Uint8Array(1 << (bits - 3));
    this.mask = (1 << bits) - 1;
    for (let i = 0; i < hashes.length; i++) this.add(hashes[i]!);
  }

  private add(hash: number): void {
    const bit = hash & this.mask;
    this.bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  has(hash: number): boolean {
    const bit = hash & this.mask;
    return (this.bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }
}
