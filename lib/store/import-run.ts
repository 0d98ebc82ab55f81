import type { ImportEvent } from "../import";
import type { Store } from "./index";
import { hashedArticle, newArticle, type HashedArticle } from "./new-article";
import type { ImportProblem } from "./types";

/** What an import added and skipped: `adasa import --format json` prints exactly this. */
export interface ImportSummary {
  imported: number;
  duplicates: number;
  near_duplicates: number;
  skipped: ImportProblem[];
}

export interface ImportRunOptions {
  /** Articles per transaction (Infinity: the whole input in one, all or nothing). */
  readonly batchSize: number;
  readonly batchBytes: number;
  /** Renames sources in what is stored and reported (an upload's temporary file → the name the user gave). */
  readonly sourceName?: (source: string) => string;
  readonly onProgress?: (event: Extract<ImportEvent, { kind: "progress" }>, articles: number) => void;
}

/**
 * Adds the articles of a stream of import events to the store, batch by
 * batch, each batch with its problems in one transaction: a killed import
 * leaves whole batches, and running it again adds only what is missing.
 */
export async function importEvents(store: Store, version: number, sources: readonly string[], events: AsyncIterable<ImportEvent>, options: ImportRunOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, duplicates: 0, near_duplicates: 0, skipped: [] };
  const name = options.sourceName ?? ((s: string) => s);
  const batchId = await store.startBatch(sources.map(name));
  let articles: HashedArticle[] = [];
  let problems: ImportProblem[] = [];
  let bytes = 0;
  let seen = 0;
  const flush = async () => {
    // what the store already holds is counted and dropped before the costly part (MinHash, inserts):
    // re-importing an unchanged export costs a hash per article and one query per batch
    const known = await store.knownHashes(articles.map((a) => a.contentHash));
    const fresh = articles.filter((a) => !known.has(a.contentHash));
    const added = await store.addArticles(batchId, fresh.map((a) => newArticle(a)), problems, version);
    summary.imported += added.imported;
    summary.duplicates += added.duplicates + (articles.length - fresh.length);
    summary.near_duplicates += added.nearDuplicates;
    articles = [];
    problems = [];
    bytes = 0;
  };
  for await (const event of events) {
    if (event.kind === "article") {
      articles.push(hashedArticle({ ...event.article, source: name(event.article.source) }));
      bytes += event.article.body.length * 2;
      seen++;
      if (articles.length >= options.batchSize || bytes >= options.batchBytes) await flush();
    } else if (event.kind === "skipped") {
      const problem = { source: name(event.source), line: event.line, reason: event.reason };
      problems.push(problem);
      summary.skipped.push(problem);
    } else {
      options.onProgress?.(event, seen);
    }
  }
  await flush();
  return summary;
}
