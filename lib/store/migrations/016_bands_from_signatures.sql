-- 016: the LSH bands of near-duplicate detection are no longer stored as rows.
-- A band is a function of the article's MinHash signature, which `articles.signature` keeps; an
-- import derives the bands' holders from the signatures in memory (lib/store/band-index.ts), with
-- migration 014's rule (a band's first 8 articles by id). Writing a row per held band, its btree and
-- searching it once per batch were the costliest statements of an embedded import after the fold.
DROP TABLE IF EXISTS article_bands;

-- No planner statistics for columns no query filters, joins or groups by: ANALYZE after every
-- import read a sample of every body (out of line, so each a separate fetch) and signature, 0.8 s of
-- an embedded import of 10,000 articles, for statistics no plan used.
ALTER TABLE articles ALTER COLUMN body SET STATISTICS 0, ALTER COLUMN signature SET STATISTICS 0, ALTER COLUMN title SET STATISTICS 0, ALTER COLUMN url SET STATISTICS 0;
ALTER TABLE analysis_matches ALTER COLUMN codes SET STATISTICS 0;
