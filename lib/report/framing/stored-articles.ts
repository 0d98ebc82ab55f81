import type { ArticlePage } from "../../store/browse";
import type { StoreFilter } from "../../store/types";
import type { ReportArticle } from "./model";

/** The store's reader of article lists (`Store.articlePage`). */
export interface ArticlePages {
  articlePage(version: number, filter: StoreFilter, offset: number, limit: number): Promise<ArticlePage>;
}

/**
 * The report's article rows of a stored selection, read from the store a page
 * at a time each time the list is written: the rows `store.results` gave the
 * builder (the same selection, in store order), without their bodies, so the
 * report holds none of them. `keep` is the filter the caller applied to the
 * articles it added. Each iteration is a new pass. Pages of 10,000 rows
 * (about 3 MB): `articlePage` skips by OFFSET and counts the selection on each
 * page, so at 30,000 articles pages of 2,000 cost 5.7–6.7 s of CPU and pages of
 * 10,000 2.5–3.0 s.
 */
export function storedArticles(store: ArticlePages, version: number, filter: StoreFilter, keep: (row: { article: ReportArticle }) => boolean = () => true, pageSize = 10_000): AsyncIterable<ReportArticle> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let offset = 0; ; offset += pageSize) {
        const { items } = await store.articlePage(version, filter, offset, pageSize);
        for (const { id, outlet, title, date, words } of items) {
          const row = { id, outlet, title, date, words };
          if (keep({ article: row })) yield row;
        }
        if (items.length < pageSize) return;
      }
    },
  };
}
