import type { ExportIdentity, ImportEvent, ImportOptions } from "../import";
import type { DatedText } from "../analysis/record";
import type { ImportedText } from "../analysis/worker-task";
import type { Store } from "./index";
import { BatchWriter } from "./batch-writer";
import type { ImportedArticle } from "../import";
import type { HashBodies } from "./new-article";
import type { ExportRead } from "./import-sources";
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
  /**
   * Analyses and fingerprints (MinHash, LSH bands) the new articles of each batch while the next
   * one is read (worker threads, one trip per text), and saves the analyses with the batch: import
   * and analysis in one pass. Without it, the new articles are fingerprinted here and queued for
   * `adasa worker`.
   */
  readonly analyze?: (texts: readonly DatedText[]) => Promise<ImportedText[]>;
  /** Content hashes of a batch's bodies, on the analysis threads (normalizing and hashing was a tenth of the main thread's CPU); else on this thread. */
  readonly hash?: HashBodies;
  /** Batches written at once on their own connections (a server; default 1): batch-writer.ts. */
  readonly connections?: number;
}

/**
 * For `ImportOptions.isKnown` and `sizeKnown`: an export file the store remembers as imported whole
 * is not read again (readSources yields `known`, and importEvents reports it from what the store
 * remembers); only a file of a remembered size is hashed before it is read.
 */
export const knownToStore = (store: Store): Pick<ImportOptions, "isKnown" | "sizeKnown"> => ({
  isKnown: async (identity: ExportIdentity) => (await store.knownExport(identity)) !== undefined,
  sizeKnown: (size: number, options: string) => store.knownExportSize(size, options),
});

/** What each export file gave as it was read, to remember it once it is read whole and committed. */
class ExportTally {
  private readonly bySource = new Map<string, { articles: number; problems: ExportRead["problems"][number][] }>();
  private readonly reads: ExportRead[] = [];

  private of(source: string) {
    let entry = this.bySource.get(source);
    if (!entry) this.bySource.set(source, (entry = { articles: 0, problems: [] }));
    return entry;
  }
  article(source: string): void {
    this.of(source).articles++;
  }
  problem(source: string, line: number | null, reason: string): void {
    this.of(source).problems.push({ line, reason });
  }
  read(source: string, identity: ExportIdentity): void {
    this.reads.push({ identity, ...this.of(source) });
  }
  get complete(): readonly ExportRead[] {
    return this.reads;
  }
}

/**
 * Adds the articles of a stream of import events to the store, batch by
 * batch, each batch with its problems (and, with `analyze`, its analyses) in
 * one transaction: a killed import leaves whole batches, and running it again
 * adds only what is missing.
 */
export async function importEvents(store: Store, version: number, sources: readonly string[], events: AsyncIterable<ImportEvent>, options: ImportRunOptions): Promise<ImportSummary> {
  const summary: ImportSummary = { imported: 0, duplicates: 0, near_duplicates: 0, skipped: [] };
  const name = options.sourceName ?? ((s: string) => s);
  const batchId = await store.startBatch(sources.map(name));
  let articles: ImportedArticle[] = [];
  let problems: ImportProblem[] = [];
  let bytes = 0;
  let seen = 0;
  const exports = new ExportTally();
  // what a killed import committed on several connections but did not link comes before this import's articles
  await store.linkLeftovers();
  const writer = new BatchWriter(store, batchId, version, summary, { connections: options.connections ?? 1, analyze: options.analyze, hash: options.hash });
  const flush = async () => {
    const batch = { articles, problems };
    articles = [];
    problems = [];
    bytes = 0;
    await writer.write(batch.articles, batch.problems);
  };
  try {
    for await (const event of events) {
      if (event.kind === "article") {
        exports.article(event.article.source);
        articles.push({ ...event.article, source: name(event.article.source) });
        bytes += event.article.body.length * 2;
        seen++;
        if (articles.length >= options.batchSize || bytes >= options.batchBytes) await flush();
      } else if (event.kind === "skipped") {
        exports.problem(event.source, event.line, event.reason);
        const problem = { source: name(event.source), line: event.line, reason: event.reason };
        problems.push(problem);
        summary.skipped.push(problem);
      } else if (event.kind === "known") {
        // reported as reading it again would: every row a duplicate, the same rows skipped (stored already)
        const known = (await store.knownExport(event.identity))!;
        summary.duplicates += known.articles;
        summary.skipped.push(...known.problems.map((p) => ({ source: name(event.source), ...p })));
      } else if (event.kind === "read") {
        exports.read(event.source, event.identity);
      } else {
        options.onProgress?.(event, seen);
      }
    }
    await flush();
  } finally {
    // a failed read still leaves every batch already read written (or its error thrown)
    await writer.finish();
  }
  // only now is every row of these files committed: a killed import leaves them to be read again
  await store.rememberExports(batchId, exports.complete);
  return summary;
}
