/**
 * Answers computed once per version of the data they come from, for every caller that asks:
 * callers asking for one key at the same moment share one computation (20 users asking for one
 * page make one), and a new version forgets every answer of the old one at once, so no answer
 * is older than its data. Bounded by a number of answers and, when sizes are given, by their
 * bytes: the least recently used go first.
 */
export interface MemoLimits<T> {
  /** Answers kept at most. */
  readonly entries: number;
  /** Bytes kept at most, by `sizeOf` of each settled answer. */
  readonly bytes?: number;
  readonly sizeOf?: (value: T) => number;
  /** Whether a settled answer is kept for later callers (callers already waiting get it either way). */
  readonly keep?: (value: T) => boolean;
}

interface Held<T> {
  readonly value: Promise<T>;
  size: number;
}

export class VersionedMemo<T> {
  private version: string | undefined;
  private answers = new Map<string, Held<T>>();
  private bytes = 0;

  constructor(private readonly limits: MemoLimits<T>) {}

  /** The answer for `key` at `version`, and whether it was already there (computed, or being computed, by an earlier caller). */
  lookup(version: string, key: string, compute: () => Promise<T>): { value: Promise<T>; hit: boolean } {
    if (version !== this.version) this.forgetAll(version);
    const held = this.answers.get(key);
    if (held) {
      // least recently used first: a hit moves to the end of the map's order
      this.answers.delete(key);
      this.answers.set(key, held);
      return { value: held.value, hit: true };
    }
    const value = compute();
    const fresh: Held<T> = { value, size: 0 };
    this.answers.set(key, fresh);
    this.evict();
    value.then(
      (settled) => this.settled(key, fresh, settled),
      () => this.drop(key, fresh),
    );
    return { value, hit: false };
  }

  /** `lookup`'s answer alone. */
  get(version: string, key: string, compute: () => Promise<T>): Promise<T> {
    return this.lookup(version, key, compute).value;
  }

  /** Answers held now, and their bytes (figures for tests and benchmarks). */
  get held(): { entries: number; bytes: number } {
    return { entries: this.answers.size, bytes: this.bytes };
  }

  private settled(key: string, held: Held<T>, value: T): void {
    if (this.answers.get(key) !== held) return; // forgotten meanwhile (a new version, evicted)
    if (this.limits.keep && !this.limits.keep(value)) return this.drop(key, held);
    held.size = this.limits.sizeOf?.(value) ?? 0;
    this.bytes += held.size;
    this.evict();
  }

  private drop(key: string, held: Held<T>): void {
    if (this.answers.get(key) !== held) return;
    this.answers.delete(key);
    this.bytes -= held.size;
  }

  private evict(): void {
    const maxBytes = this.limits.bytes ?? Infinity;
    while (this.answers.size > this.limits.entries || (this.bytes > maxBytes && this.answers.size > 1)) {
      const [oldest, held] = this.answers.entries().next().value!;
      this.drop(oldest, held);
    }
  }

  private forgetAll(version: string): void {
    this.version = version;
    this.answers = new Map();
    this.bytes = 0;
  }
}
