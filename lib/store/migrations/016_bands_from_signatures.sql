-- 016: the LSH bands of near-duplicate detection are no longer stored as rows.
-- A band is a function of the article's MinHash signature, which `articles.signature` keeps; an
-- import derives the bands' holders from the signatures in memory (lib/store/band-index.ts), with
-- migration 014's rule (a band's first 8 articles by id). Writing a row per held band, its btree and
-- searching it once per batch were the costliest statements of an embedded import after the fold.
DROP TABLE IF EXISTS article_bands;
