/**
 * A read-only map from 32-bit integer keys (token hashes) to values, laid out
 * in typed arrays and probed linearly: the matcher asks it for a fifth of all
 * tokens, and a probe of two typed arrays costs less than a Map lookup.
 */
export class IntKeyTable<V> {
  private readonly keys: Int32Array;
  /** 1 + the value's index, or 0 for an empty slot (every 32-bit integer is a possible key). */
  private readonly slots: Int32Array;
  private readonly values: V[] = [];
  private readonly mask: number;

  /** From a Map, or a list of pairs (a later pair of the same key wins, as in a Map), read in place: no copy of the pairs. */
  constructor(entries: ReadonlyMap<number, V> | readonly (readonly [number, V])[]) {
    const count = "size" in entries ? entries.size : entries.length;
    let size = 8;
    while (size < count * 2) size *= 2;
    this.keys = new Int32Array(size);
    this.slots = new Int32Array(size);
    this.mask = size - 1;
    if ("size" in entries) entries.forEach((value, key) => this.put(key, value));
    else for (let k = 0; k < entries.length; k++) this.put(entries[k]![0], entries[k]![1]);
  }

  private put(key: number, value: V): void {
    let i = slotOf(key) & this.mask;
    while (this.slots[i] !== 0 && this.keys[i] !== key) i = (i + 1) & this.mask;
    if (this.slots[i] === 0) {
      this.values.push(value);
      this.slots[i] = this.values.length;
      this.keys[i] = key;
    } else this.values[this.slots[i]! - 1] = value;
  }

  get(key: number): V | undefined {
    const keys = this.keys;
    const slots = this.slots;
    const mask = this.mask;
    for (let i = slotOf(key) & mask; ; i = (i + 1) & mask) {
      const slot = slots[i]!;
      if (slot === 0) return undefined;
      if (keys[i] === key) return this.values[slot - 1];
    }
  }

  has(key: number): boolean {
    return this.get(key) !== undefined;
  }
}

/** Folds the high bits of an FNV hash into the low ones the table indexes by. */
export const slotOf = (key: number): number => key ^ (key >>> 16);
