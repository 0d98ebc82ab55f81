import type { ImportedArticle } from "../import";
import { contentHash, lshBands, minhashSignature } from "../import/fingerprint";
import type { NewArticle } from "./types";

/** An article read by lib/import, fingerprinted for the store: content hash, MinHash signature and its LSH bands. */
export function newArticle(article: ImportedArticle, fallbackOutlet = "unknown"): NewArticle {
  const signature = minhashSignature(article.body);
  return {
    source: article.source,
    line: article.line,
    sourceId: article.sourceId,
    outlet: article.outlet ?? fallbackOutlet,
    outletEn: article.outletEn ?? null,
    date: article.date,
    title: article.title,
    url: article.url,
    language: article.language,
    encoding: null,
    body: article.body,
    contentHash: contentHash(article.body),
    signature,
    bands: lshBands(signature),
  };
}
