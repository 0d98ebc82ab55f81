-- 017: articles committed before their near-duplicate links.
-- On a PostgreSQL server an import writes its batches on several connections at once, and links
-- each batch's near-duplicates afterwards, in the order the batches were read (a link needs the
-- bands of every earlier batch): a batch's articles are listed here in its own transaction and
-- taken off in the transaction that links them. What a killed import leaves here is linked, in id
-- order, by the next import before it adds anything. Nothing to convert: every stored article is linked.
CREATE TABLE unlinked_articles (
  article_id bigint PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE
);
