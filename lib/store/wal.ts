import type { Db } from "./db";

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
