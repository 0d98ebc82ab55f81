import { lshBands } from "../import/fingerprint";
import type { Sql } from "./db";

/**
 * A stored signature ("v1,v2,…", unsigned 32-bit values) as numbers: read digit by digit, as
 * `split(",").map(Number)` made a string per value (128 per article, every article of the store
 * when an index is first read) and was the costliest JavaScript of reading the bands.
 */
export function parseSignature(text: string): number[] {
  const values: number[] = [];
  let v = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44) {
      values.push(v);
      v = 0;
    } else v = v * 10 + (c - 48);
  }
  if (text.length > 0) values.push(v);
  return values;
}

const SIGNATURES_PER_READ = 5_000;

/**
 * The LSH bands' holders, in this process's memory, derived from the articles' stored MinHash
 * signatures (a band is a function of the signature), not stored in a table of their own.
 *
 * Round 7 wrote a row per held band (310,790 rows at 10,000 generated articles) and searched
 * their index once per batch: the insert, its btree and the lookup were the costliest statements
 * of an import after the fold (3.8 s of the main thread's CPU at 10,000 articles, and growing with
 * the index's depth), all of it PostgreSQL's work in WebAssembly on the main thread. Here each
 * band key is 12 bytes of typed arrays (about 40 MB at 100,000 articles), a lookup a binary search.
 *
 * The index holds what is committed: it reads the articles it has not seen (`id` above the highest
 * it read) at the start of each batch, so a batch's own articles join it once their transaction
 * has committed, a rolled-back batch never does, and articles other writers commit (an upload
 * beside an import, a client through the socket) are seen as the band table showed them. A band
 * keeps its first `cap` articles by id, the only ones a lookup proposes (migration 014's rule).
 */
export class BandIndex {
  /** Band keys, sorted, each with its holders in id order (at most `cap` per key). */
  private keys = new Float64Array(0);
  private ids = new Int32Array(0);
  /** Holders added since the sorted arrays were last rebuilt, by band key (ids ascending). */
  private recent = new Map<number, number[]>();
  private recentCount = 0;
  private seen = 0;
  /**
   * Articles of batches that were not committed when they were excluded from a catch-up (this
   * process's own, possibly several in flight on a server): read once they are committed, even when
   * later ids were read first. A rolled-back batch's ids stay here, never found.
   */
  private readonly unsettled = new Set<number>();

  /** `rebuildAfter`: recent holders kept in the map before the sorted arrays are rebuilt (at least this, or a quarter of the sorted ones). */
  constructor(
    private readonly cap: number,
    private readonly rebuildAfter = 65_536,
  ) {}

  /** Reads the committed articles this index has not seen, except `pending` (the caller's own batch, not committed yet). */
  async catchUp(tx: Sql, pending: readonly number[]): Promise<void> {
    let late = [...this.unsettled].filter((id) => id <= this.seen);
    // a chunk at a time: the first read of a large store's signatures (about 1.1 KB of text each) stays small in memory
    for (;;) {
      const rows = await tx.query<{ id: number; signature: string }>(
        "SELECT id::int AS id, signature FROM articles WHERE (id > $1 OR id = ANY($2::int[])) AND NOT (id = ANY($3::int[])) AND signature IS NOT NULL ORDER BY id LIMIT $4",
        [this.seen, late, pending, SIGNATURES_PER_READ],
      );
      for (const row of rows) {
        this.addArticle(row.id, parseSignature(row.signature));
        this.unsettled.delete(row.id);
      }
      if (rows.length < SIGNATURES_PER_READ) break;
      late = [];
    }
    for (const id of pending) this.unsettled.add(id);
  }

  /** A committed article's bands, from its signature. */
  addArticle(id: number, signature: readonly number[]): void {
    for (const band of lshBands(signature)) this.add(band, id);
    this.seen = Math.max(this.seen, id);
    if (this.recentCount > Math.max(this.rebuildAfter, this.keys.length / 4)) this.rebuild();
  }

  /** The band's holders, earliest first (at most `cap`). */
  holders(band: number): number[] {
    const out: number[] = [];
    for (let i = this.firstOf(band); i < this.keys.length && this.keys[i] === band; i++) out.push(this.ids[i]!);
    const recent = this.recent.get(band);
    if (!recent) return out;
    // the recent ids come after the sorted ones, unless a server's writers committed out of id order
    return (out.length === 0 || recent[0]! > out[out.length - 1]! ? out.concat(recent) : out.concat(recent).sort((a, b) => a - b)).slice(0, this.cap);
  }

  private add(band: number, id: number): void {
    const first = this.firstOf(band);
    let sorted = 0;
    while (first + sorted < this.keys.length && this.keys[first + sorted] === band) sorted++;
    const recent = this.recent.get(band);
    // an article read twice (a batch linked after its commit was read, then comes back as unsettled) is held once
    for (let k = 0; k < sorted; k++) if (this.ids[first + k] === id) return;
    if (recent?.includes(id)) return;
    const last = Math.max(recent ? recent[recent.length - 1]! : -1, sorted > 0 ? this.ids[first + sorted - 1]! : -1);
    // full: a later article is never among the first (one committed out of id order by a server's other writer may be)
    if (sorted + (recent?.length ?? 0) >= this.cap && id > last) return;
    if (!recent) this.recent.set(band, [id]);
    else {
      recent.push(id);
      if (id < recent[recent.length - 2]!) recent.sort((a, b) => a - b);
    }
    this.recentCount++;
  }

  /** The first position of `band` in the sorted keys (or where it would go). */
  private firstOf(band: number): number {
    let lo = 0;
    let hi = this.keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.keys[mid]! < band) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Merges the recent holders into the sorted arrays (each key's first `cap` holders, in id order). */
  private rebuild(): void {
    const keys = new Float64Array(this.keys.length + this.recentCount);
    const ids = new Int32Array(keys.length);
    let at = 0;
    let i = 0;
    const put = (band: number, id: number): void => {
      keys[at] = band;
      ids[at++] = id;
    };
    for (const band of [...this.recent.keys()].sort((a, b) => a - b)) {
      const held = this.holders(band);
      for (; i < this.keys.length && this.keys[i]! < band; i++) put(this.keys[i]!, this.ids[i]!);
      while (i < this.keys.length && this.keys[i] === band) i++;
      for (const id of held) put(band, id);
    }
    for (; i < this.keys.length; i++) put(this.keys[i]!, this.ids[i]!);
    this.keys = keys.slice(0, at);
    this.ids = ids.slice(0, at);
    this.recent = new Map();
    this.recentCount = 0;
  }
}
