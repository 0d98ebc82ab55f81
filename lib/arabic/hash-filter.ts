/** Bits of the filter: 2^20 bits (128 kB), so that a token that cannot match is ruled out with one array read. */
const BITS = 20;
const MASK = (1 << BITS) - 1;

/**
 * A Bloom filter with one hash function over token hashes (Token.hash): `has` is false for every hash never added,
 * and true for those added and a few others. The phrase scans ask it before any lookup: most tokens start nothing,
 * and most words after a phrase's first word do not continue it.
 */
export class HashFilter {
  private readonly bits = new Uint8Array(1 << (BITS - 3));

  add(hash: number): void {
    const bit = hash & MASK;
    this.bits[bit >>> 3]! |= 1 << (bit & 7);
  }

  has(hash: number): boolean {
    const bit = hash & MASK;
    return (this.bits[bit >>> 3]! & (1 << (bit & 7))) !== 0;
  }
}
