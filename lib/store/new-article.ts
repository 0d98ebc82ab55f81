import type { ImportedArticle } from "../import";
import { contentHash, fingerprint, type Fingerprint } from "../import/fingerprint";
import type { NewArticle } from "./types";

/** An article read by lib/import, with the hash of its normalized text: enough to tell whether the store has it. */
export interface HashedArticle {
  readonly article: ImportedArticle;
  readonly contentHash: string;
}

/** Content hashes of bodies: computed elsewhere (on worker threads), or here. */
export type HashBodies = (bodies: readonly string[]) => Promise<string[]>;

/** The articles with their content hashes, by `hash` (on the threads) or on this thread. */
export async function hashedArticles(articles: readonly ImportedArticle[], hash?: HashBodies): Promise<HashedArticle[]> {
  const hashes = hash && articles.length > 0 ? await hash(articles.map((a) => a.body)) : articles.map((a) => contentHash(a.body));
  return articles.map((article, i) => ({ article, contentHash: hashes[i]! }));
}

/**
 * An article read by lib/import, fingerprinted for the store: content hash, MinHash signature and
 * its LSH bands (`print`: computed elsewhere, on a worker thread; else here).
 */
export function newArticle(hashed: HashedArticle, print: Fingerprint = fingerprint(hashed.article.body), fallbackOutlet = "unknown"): NewArticle {
  const a = hashed.article;
  return {
    source: a.source,
    line: a.line,
    sourceId: a.sourceId,
    outlet: a.outlet ?? fallbackOutlet,
    outletEn: a.outletEn ?? null,
    date: a.date,
    title: a.title,
    url: a.url,
    language: a.language,
    encoding: null,
    body: a.body,
    contentHash: hashed.contentHash,
    signature: print.signature,
    bands: print.bands,
    signatureText: print.signatureText,
  };
}
