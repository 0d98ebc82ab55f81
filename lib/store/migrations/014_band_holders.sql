-- 014: a band of near-duplicate detection is kept only by its first 8 articles.
-- A lookup only ever proposed a band's earliest 8 articles (CANDIDATES_PER_BAND in
-- lib/store/near-duplicates.ts), so the rows of later ones were written and indexed for nothing; and
-- the lookup is now one index scan over a batch's bands (band = ANY) instead of a search per band,
-- which returns every row of each band: a band every outlet repeats (a stock passage) must hold 8
-- rows, not thousands. Later imports keep only the first 8 (the import counts a band's holders).
DELETE FROM article_bands b
USING (SELECT band, article_id, row_number() OVER (PARTITION BY band ORDER BY article_id) AS rank FROM article_bands) r
WHERE b.band = r.band AND b.article_id = r.article_id AND r.rank > 8;
