import type { Db } from "./db";

/**
 * Session settings of embedded PostgreSQL: a new write-ahead log segment is not filled with 16 MB
 * of zeros before it is written. pglite runs with fsync off, so the zeros reserved nothing durable;
 * writing them was system time (an import of 3,000 articles, two pairs of runs: 5.5–5.7 s of system
 * time with them, 4.8–4.9 s without; README, "Round 6"). A killed process still leaves whole
 * transactions: the log's records carry their own checksums, and a segment is read only as far as
 * they are valid.
 */
export const EMBEDDED_WAL_SETTINGS = "SET wal_init_zero = off";

/** Articles written between checkpoints: about a minute of import, a few hundred MB of log. */
const ARTICLES_PER_CHECKPOINT = 5_000;

/**
 * Embedded PostgreSQL runs as one process with no checkpointer, so nothing recycles its
 * write-ahead log: an import of 100,000 generated articles had kept 5 GB of pg_wal halfway through,
 * beside 2.8 GB of tables. A checkpoint after every few thousand articles written lets PostgreSQL
 * reuse its log segments (up to max_wal_size, 1 GB). A PostgreSQL server checkpoints by itself.
 */
export class WalCheckpoints {
  private sinceLast = 0;

  constructor(
    private readonly db: Db,
    private readonly every = ARTICLES_PER_CHECKPOINT,
  ) {}

  async wrote(articles: number): Promise<void> {
    if (this.db.kind !== "embedded") return;
    this.sinceLast += articles;
    if (this.sinceLast < this.every) return;
    this.sinceLast = 0;
    await this.db.exec("CHECKPOINT");
  }
}
