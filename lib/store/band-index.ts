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
/** A band key is its band number times this plus its 32-bit hash (lshBands). */
const TWO_TO_32 = 2 ** 32;

/** A band key's band number. */
export const bandNumber = (key: number): number => Math.floor(key / TWO_TO_32);

/** A band key's 32-bit hash. */
export const bandHash = (key: number): number => key % TWO_TO_32;

/**
 * One LSH band's keys (the band's 32-bit hashes): an open-addressing table (linear probing), each
 * slot the head of its key's holder list in the index's pool, or minus the key's only holder's id
 * (article ids are positive), 0 for an empty slot.
 */
class BandTable {
  hashes = new Uint32Array(1024);
  heads = new Int32Array(1024);
  private used = 0;

  /** The slot of `hash`: its own, or the empty one where it would go. */
  slotOf(hash: number): number {
    const mask = this.hashes.length - 1;
    // Fibonacci hashing: the band hashes' low bits are spread over the table's positions
    let slot = (Math.imul(hash, 0x9e3779b1) >>> 0) & mask;
    while (this.heads[slot] !== 0 && this.hashes[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  /** Gives an empty slot its key and list head; the table grows past three quarters full. */
  claim(slot: number, hash: number, head: number): void {
    this.hashes[slot] = hash;
    this.heads[slot] = head;
    if (++this.used * 4 > this.hashes.length * 3) this.grow();
  }

  private grow(): void {
    const { hashes, heads } = this;
    this.hashes = new Uint32Array(hashes.length * 2);
    this.heads = new Int32Array(heads.length * 2);
    for (let i = 0; i < hashes.length; i++) if (heads[i] !== 0) {
      const slot = this.slotOf(hashes[i]!);
      this.hashes[slot] = hashes[i]!;
      this.heads[slot] = heads[i]!;
    }
  }
}

/**
 * Each LSH band key's first `cap` holders by id, in typed arrays with numeric keys: per band number
 * a hash table of the band's 32-bit hashes, each key's holders a list (in id order) in one pool of
 * ids; no string, object or array per key or per article. A key held by one article (most of them:
 * 1.48 of 1.80 million keys at 100,000 generated articles) keeps its holder in its slot, not in the
 * pool, which then takes 16 MB instead of 32 MB at 100,000 articles: the index is the import's
 * memory that grows with the store (round 16).
 */
export class BandHolders {
  private readonly tables = Array.from({ length: 32 }, () => new BandTable());
  /** Holder lists: an id and the next entry's position (0 ends a list; entry 0 is never used). */
  private poolIds = new Int32Array(4096);
  private poolNext = new Int32Array(4096);
  private poolUsed = 1;

  constructor(private readonly cap: number) {}

  /** An article's band keys (lshBands), each held unless `cap` earlier articles hold it. */
  addBands(id: number, bands: readonly number[]): void {
    for (const band of bands) {
      this.add(bandNumber(band), bandHash(band), id);
    }
  }

  /** The band's holders, earliest first (at most `cap`). */
  holders(band: number): number[] {
    const out = new Int32Array(this.cap);
    return [...out.subarray(0, this.holdersInto(bandNumber(band), bandHash(band), out))];
  }

  /** The holders of band number `band` with hash `hash`, earliest first, written to `out` (room for `cap`); how many. */
  holdersInto(band: number, hash: number, out: Int32Array): number {
    const table = this.tables[band]!;
    let at = table.heads[table.slotOf(hash)]!;
    if (at < 0) {
      out[0] = -at;
      return 1;
    }
    let n = 0;
    for (; at !== 0; at = this.poolNext[at]!) out[n++] = this.poolIds[at]!;
    return n;
  }

  /** Puts `id` in its place in the key's list, which keeps the first `cap` ids (an article read twice is held once). */
  add(band: number, hash: number, id: number): void {
    const table = this.tables[band]!;
    const slot = table.slotOf(hash);
    const head = table.heads[slot]!;
    if (head === 0) {
      table.claim(slot, hash, -id);
      return;
    }
    if (head < 0) {
      table.heads[slot] = this.withOnly(-head, id);
      return;
    }
    const ids = this.poolIds;
    const next = this.poolNext;
    let before = 0;
    let at = head;
    let n = 0;
    for (; at !== 0 && ids[at]! < id; at = next[at]!) {
      before = at;
      n++;
    }
    if (at !== 0 && ids[at] === id) return;
    // full: a later article is never among the first (one committed out of id order by a server's other writer may be)
    if (n >= this.cap) return;
    const entry = this.entry(id, at);
    if (before === 0) table.heads[slot] = entry;
    else this.poolNext[before] = entry;
    // the list's last entry drops out when one earlier than it came in (its slot in the pool stays unused)
    let last = entry;
    for (let k = n + 1; k < this.cap && this.poolNext[last] !== 0; k++) last = this.poolNext[last]!;
    this.poolNext[last] = 0;
  }

  /** The slot of a key held by `only` once `id` comes: the first `cap` of the two, a list when both are. */
  private withOnly(only: number, id: number): number {
    if (id === only || (this.cap === 1 && id > only)) return -only;
    if (this.cap === 1) return -id;
    return id < only ? this.entry(id, this.entry(only, 0)) : this.entry(only, this.entry(id, 0));
  }

  /** A new pool entry; the pool doubles when full. */
  private entry(id: number, next: number): number {
    if (this.poolUsed === this.poolIds.length) {
      const ids = new Int32Array(this.poolIds.length * 2);
      ids.set(this.poolIds);
      const nexts = new Int32Array(ids.length);
      nexts.set(this.poolNext);
      this.poolIds = ids;
      this.poolNext = nexts;
    }
    const at = this.poolUsed++;
    this.poolIds[at] = id;
    this.poolNext[at] = next;
    return at;
  }
}

/**
 * Signatures of articles this process has linked or read (a near-duplicate candidate's, to score
 * it), by id, as typed arrays: a candidate is one of the first holders of a band, so the same few
 * thousand earlier articles come back batch after batch. Without it each batch read its
 * candidates' signatures back (about 4.4 per new article, 1.1 KB of text each: 44,000 rows per
 * 10,000 generated articles), decoded and parsed on the main thread. A stored signature never
 * changes, so a cached one is the stored one. At most `size` entries, the least recently used
 * leaving first (a Map keeps insertion order; a hit is moved to the end).
 */
export class SignatureCache {
  private readonly byId = new Map<number, Uint32Array>();

  constructor(private readonly size = 16_384) {}

  get(id: number): Uint32Array | undefined {
    const signature = this.byId.get(id);
    if (signature) {
      this.byId.delete(id);
      this.byId.set(id, signature);
    }
    return signature;
  }

  set(id: number, signature: ArrayLike<number>): void {
    if (signature.length === 0) return;
    this.byId.delete(id);
    this.byId.set(id, Uint32Array.from(signature));
    if (this.byId.size > this.size) this.byId.delete(this.byId.keys().next().value!);
  }
}

/**
 * The LSH bands' holders, in this process's memory, derived from the articles' stored MinHash
 * signatures (a band is a function of the signature), not stored in a table of their own.
 *
 * Round 7 wrote a row per held band (310,790 rows at 10,000 generated articles) and searched
 * their index once per batch: the insert, its btree and the lookup were the costliest statements
 * of an import after the fold. Round 10 keeps them in typed arrays with numeric keys: per band
 * number a hash table of the band's 32-bit hashes, each key's holders a list (at most `cap`, in id
 * order) in one pool of ids; no string, object or array per key or per article, and nothing to
 * re-sort as articles arrive (round 8's sorted arrays were rebuilt with a map of recent holders).
 *
 * The index holds what is committed: it reads the articles it has not seen (`id` above the highest
 * it read) at the start of each batch, so a batch's own articles join it once their transaction
 * has committed, a rolled-back batch never does, and articles other writers commit (an upload
 * beside an import, a client through the socket) are seen as the band table showed them. A band
 * keeps its first `cap` articles by id, the only ones a lookup proposes (migration 014's rule).
 */
export class BandIndex {
  private readonly held: BandHolders;
  private seen = 0;
  /**
   * Articles of batches that were not committed when they were excluded from a catch-up (this
   * process's own, possibly several in flight on a server): read once they are committed, even when
   * later ids were read first. A rolled-back batch's ids stay here, never found.
   */
  private readonly unsettled = new Set<number>();
  /**
   * The bands of this process's own new articles (computed on the analysis threads), kept until
   * their commit is read: the catch-up reads only their ids, not their signatures back (about
   * 1.1 KB of text each, parsed and banded again on the main thread).
   */
  private readonly known = new Map<number, readonly number[]>();
  /** Candidates' signatures, so a batch reads back only those it has not seen. */
  readonly signatures = new SignatureCache();

  constructor(cap: number) {
    this.held = new BandHolders(cap);
  }

  /** Reads the committed articles this index has not seen, except `pending` (the caller's own batch, not committed yet). */
  async catchUp(tx: Sql, pending: readonly { readonly id: number; readonly bands: readonly number[] }[]): Promise<void> {
    const pendingIds = pending.map((a) => a.id);
    let late = [...this.unsettled].filter((id) => id <= this.seen);
    const known = [...this.known.keys()];
    // a chunk at a time: the first read of a large store's signatures (about 1.1 KB of text each) stays small in memory
    for (;;) {
      const rows = await tx.query<{ id: number; signature: string | null }>(
        "SELECT id::int AS id, CASE WHEN id = ANY($5::int[]) THEN NULL ELSE signature END AS signature FROM articles WHERE (id > $1 OR id = ANY($2::int[])) AND NOT (id = ANY($3::int[])) AND signature IS NOT NULL ORDER BY id LIMIT $4",
        [this.seen, late, pendingIds, SIGNATURES_PER_READ, known],
      );
      for (const row of rows) {
        const bands = row.signature === null ? this.known.get(row.id) : lshBands(parseSignature(row.signature));
        if (bands) this.addBands(row.id, bands);
        this.unsettled.delete(row.id);
        this.known.delete(row.id);
      }
      if (rows.length < SIGNATURES_PER_READ) break;
      late = [];
    }
    for (const a of pending) {
      this.unsettled.add(a.id);
      if (a.bands.length > 0) this.known.set(a.id, a.bands);
    }
  }

  /** A committed article's bands, from its signature. */
  addArticle(id: number, signature: readonly number[]): void {
    this.addBands(id, lshBands(signature));
  }

  private addBands(id: number, bands: readonly number[]): void {
    this.held.addBands(id, bands);
    this.seen = Math.max(this.seen, id);
  }

  /** The band's holders, earliest first (at most `cap`). */
  holders(band: number): number[] {
    return this.held.holders(band);
  }

  /** The holders of band number `band` with hash `hash`, earliest first, written to `out` (room for `cap`); how many. */
  holdersInto(band: number, hash: number, out: Int32Array): number {
    return this.held.holdersInto(band, hash, out);
  }

}
