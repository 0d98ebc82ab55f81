import type { DatedText } from "../analysis/record";
import type { ImportedText } from "../analysis/worker-task";
import type { Store } from "./index";
import type { ImportedArticle } from "../import";
import { hashedArticles, newArticle, type HashBodies } from "./new-article";
import type { Fingerprinted } from "./near-duplicates";
import type { AddedArticles, ImportProblem } from "./types";

/** What the writer adds to the import's summary as batches commit. */
export interface WrittenCounts {
  imported: number;
  duplicates: number;
  near_duplicates: number;
}

export interface BatchWriterOptions {
  /**
   * Batches written at once, each in its own transaction on its own connection (a server's pool).
   * With one, each batch links its near-duplicates in its own transaction; with more, the links
   * are a second pass, batch after batch in read order (link-pass.ts), and the article ids are
   * reserved in read order, so the links are the same as one by one.
   */
  readonly connections: number;
  readonly analyze?: (texts: readonly DatedText[]) => Promise<ImportedText[]>;
  readonly hash?: HashBodies;
}

/** PostgreSQL's codes for a transaction it rolled back to break a deadlock or a serialization conflict: running it again is safe. */
const RETRYABLE = new Set(["40P01", "40001"]);
const ATTEMPTS = 5;

async function retried<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS || !RETRYABLE.has((error as { code?: string }).code ?? "")) throw error;
    }
  }
}

/** A promise whose rejection is thrown where it is awaited, not reported as unhandled meanwhile. */
const held = <T>(p: Promise<T>): Promise<T> => {
  p.catch(() => undefined);
  return p;
};

/**
 * Writes an import's batches: the new articles of each (what the store holds, or an earlier batch
 * still being written holds, is counted and dropped first), analysed on the threads while earlier
 * batches are written, then stored with their analyses in one transaction. At most `connections`
 * + 1 batches are in flight (one read ahead), which bounds memory.
 */
export class BatchWriter {
  /** Content hashes of the batches not yet committed: a later batch drops them as duplicates. */
  private readonly pending = new Set<string>();
  private readonly inFlight: Promise<unknown>[] = [];
  /** The chain of batches in read order: their link passes (several connections) or their whole writes (one). */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: Store,
    private readonly batchId: number,
    private readonly version: number,
    private readonly counts: WrittenCounts,
    private readonly options: BatchWriterOptions,
  ) {}

  private get parallel(): boolean {
    return this.options.connections > 1;
  }

  /** Starts writing a batch; returns once there is room to read the next one. */
  async write(read: readonly ImportedArticle[], problems: readonly ImportProblem[]): Promise<void> {
    const articles = await hashedArticles(read, this.options.hash);
    // what the store already holds is counted and dropped before the costly part (MinHash,
    // analysis, inserts): re-importing an unchanged export costs a hash per article and one query per batch
    const known = await this.store.knownHashes(articles.map((a) => a.contentHash));
    const fresh = articles.filter((a) => !known.has(a.contentHash) && !this.pending.has(a.contentHash) && this.pending.add(a.contentHash));
    this.counts.duplicates += articles.length - fresh.length;
    const analysed = this.options.analyze && fresh.length > 0 ? held(this.options.analyze(fresh.map((a) => ({ contentHash: a.contentHash, body: a.article.body, date: a.article.date })))) : undefined;
    const ids = this.parallel ? await this.store.reserveArticleIds(fresh.length) : undefined;
    const store = async (): Promise<AddedArticles & { fresh?: Fingerprinted[] }> => {
      const done = analysed && (await analysed);
      const rows = fresh.map((a, i) => newArticle(a, done?.[i]!.print));
      const records = done?.map((d) => d.record);
      const added = await retried(() => (ids ? this.store.addArticlesToLink(this.batchId, rows, problems, this.version, records, ids) : this.store.addArticles(this.batchId, rows, problems, this.version, records)));
      for (const a of fresh) this.pending.delete(a.contentHash);
      this.counts.imported += added.imported;
      this.counts.duplicates += added.duplicates;
      return added;
    };
    const previous = this.chain;
    // with one connection the batches are written one after the other, in read order (each links its own)
    const written = held(this.parallel ? store() : previous.then(store));
    this.chain = held(
      Promise.all([previous, written]).then(async ([, added]) => {
        this.counts.near_duplicates += added.fresh ? await this.store.linkArticles(added.fresh) : added.nearDuplicates;
      }),
    );
    this.inFlight.push(this.chain);
    if (this.inFlight.length > this.options.connections) await this.inFlight.shift();
  }

  /** Waits for every batch started (written and linked); throws the first failure. */
  async finish(): Promise<void> {
    await Promise.all(this.inFlight.splice(0));
    await this.chain;
  }
}
