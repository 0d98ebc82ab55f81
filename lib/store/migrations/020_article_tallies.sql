-- One tally row per analysis (issue 7, round 11). An article's ~12 tally rows (one per target and
-- reading, migrations 004, 011, 015) were ~121,000 rows per 10,000 generated articles: the
-- import's third largest statement on pglite (2.3 s of 28 s of the main thread's CPU) and most of
-- the rows the fold joined to their analysis. They are now one row per analysis in
-- `article_tallies`: each column an array with an element per former row, in step, and the naming
-- arrays of all its former rows laid end to end, each former row's part at naming_from..naming_to
-- (1-based, inclusive; to < from when it named nothing). `tallies` becomes a view giving the
-- former rows back (tally_rows), so every reader and the fold read them as before.

CREATE TABLE article_tallies (
  analysis_id int PRIMARY KEY,
  lexicon_version int NOT NULL,
  targets text[] NOT NULL,
  resolutions text[] NOT NULL CHECK (resolutions <@ ARRAY['both', 'resolved', 'unresolved']),
  mentions_all int[] NOT NULL, mentions_own int[] NOT NULL, loaded_all int[] NOT NULL, loaded_own int[] NOT NULL,
  stance_sum int[] NOT NULL, stance_n int[] NOT NULL, scare_quoted int[] NOT NULL,
  author int[] NOT NULL, quoted int[] NOT NULL, attributed int[] NOT NULL,
  naming_from int[] NOT NULL, naming_to int[] NOT NULL,
  naming_terms int[] NOT NULL, naming_all int[] NOT NULL, naming_own int[] NOT NULL
);
-- nothing filters by these arrays (migration 018): no statistics gathered for them
ALTER TABLE article_tallies ALTER COLUMN targets SET STATISTICS 0, ALTER COLUMN resolutions SET STATISTICS 0,
  ALTER COLUMN mentions_all SET STATISTICS 0, ALTER COLUMN mentions_own SET STATISTICS 0, ALTER COLUMN loaded_all SET STATISTICS 0,
  ALTER COLUMN loaded_own SET STATISTICS 0, ALTER COLUMN stance_sum SET STATISTICS 0, ALTER COLUMN stance_n SET STATISTICS 0,
  ALTER COLUMN scare_quoted SET STATISTICS 0, ALTER COLUMN author SET STATISTICS 0, ALTER COLUMN quoted SET STATISTICS 0,
  ALTER COLUMN attributed SET STATISTICS 0, ALTER COLUMN naming_from SET STATISTICS 0, ALTER COLUMN naming_to SET STATISTICS 0,
  ALTER COLUMN naming_terms SET STATISTICS 0, ALTER COLUMN naming_all SET STATISTICS 0, ALTER COLUMN naming_own SET STATISTICS 0;

-- An analysis' row as the tally rows it holds, with the columns (and their order) of the former table.
CREATE FUNCTION tally_rows(t article_tallies) RETURNS TABLE (lexicon_version int, target text, mentions_all int, mentions_own int,
  loaded_all int, loaded_own int, stance_sum int, stance_n int, scare_quoted int, author int, quoted int, attributed int,
  resolution text, analysis_id int, naming_terms int[], naming_all int[], naming_own int[])
LANGUAGE sql IMMUTABLE ROWS 12 AS $$
  SELECT t.lexicon_version, x.target, x.mentions_all, x.mentions_own, x.loaded_all, x.loaded_own, x.stance_sum, x.stance_n,
    x.scare_quoted, x.author, x.quoted, x.attributed, x.resolution, t.analysis_id,
    t.naming_terms[x.f:x.t], t.naming_all[x.f:x.t], t.naming_own[x.f:x.t]
  FROM unnest(t.targets, t.mentions_all, t.mentions_own, t.loaded_all, t.loaded_own, t.stance_sum, t.stance_n, t.scare_quoted,
    t.author, t.quoted, t.attributed, t.resolutions, t.naming_from, t.naming_to)
    AS x(target, mentions_all, mentions_own, loaded_all, loaded_own, stance_sum, stance_n, scare_quoted, author, quoted, attributed, resolution, f, t)
$$;

-- the stored tally rows, an analysis' in (target, resolution) order, its naming arrays laid end to end
INSERT INTO article_tallies
WITH r AS (
  SELECT t.*, row_number() OVER w AS k,
    coalesce(sum(cardinality(t.naming_terms)) OVER (w ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)::int AS before
  FROM tallies t WINDOW w AS (PARTITION BY t.analysis_id ORDER BY t.target, t.resolution)),
n AS (
  SELECT r.analysis_id, array_agg(x.term ORDER BY r.k, x.i) AS terms, array_agg(x.c_all ORDER BY r.k, x.i) AS c_all, array_agg(x.c_own ORDER BY r.k, x.i) AS c_own
  FROM r CROSS JOIN LATERAL unnest(r.naming_terms, r.naming_all, r.naming_own) WITH ORDINALITY AS x(term, c_all, c_own, i) GROUP BY 1)
SELECT r.analysis_id, min(r.lexicon_version), array_agg(r.target ORDER BY r.k), array_agg(r.resolution ORDER BY r.k),
  array_agg(r.mentions_all ORDER BY r.k), array_agg(r.mentions_own ORDER BY r.k), array_agg(r.loaded_all ORDER BY r.k), array_agg(r.loaded_own ORDER BY r.k),
  array_agg(r.stance_sum ORDER BY r.k), array_agg(r.stance_n ORDER BY r.k), array_agg(r.scare_quoted ORDER BY r.k),
  array_agg(r.author ORDER BY r.k), array_agg(r.quoted ORDER BY r.k), array_agg(r.attributed ORDER BY r.k),
  array_agg(r.before + 1 ORDER BY r.k), array_agg(r.before + cardinality(r.naming_terms) ORDER BY r.k),
  coalesce(min(n.terms), '{}'), coalesce(min(n.c_all), '{}'), coalesce(min(n.c_own), '{}')
FROM r LEFT JOIN n USING (analysis_id) GROUP BY r.analysis_id;

DROP TABLE tallies;
CREATE VIEW tallies AS SELECT x.* FROM article_tallies t CROSS JOIN LATERAL tally_rows(t) x;

-- The rows of `source` as the summary's statements read them (migration 010): an analysis' row of
-- article_tallies (a deleted one, in a trigger's transition table) as its tally rows.
CREATE OR REPLACE FUNCTION summary_rows(source text, tbl text, ids text DEFAULT NULL) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN source = 'analyses' THEN format('(SELECT r.* FROM %I r %s)', tbl, CASE WHEN ids IS NULL THEN '' ELSE format('JOIN %I f ON f.id = r.id', ids) END)
    ELSE format('(SELECT r.*, an.content_hash FROM %s r JOIN analyses an ON an.id = r.analysis_id %s)',
      CASE WHEN source = 'article_tallies' THEN format('(SELECT x.* FROM %I t CROSS JOIN LATERAL tally_rows(t) x)', tbl) ELSE quote_ident(tbl) END,
      CASE WHEN ids IS NULL THEN '' ELSE format('JOIN %I f ON f.id = r.analysis_id', ids) END)
  END
$$;

-- deleting an analysis' tallies folds the summary first and subtracts them (migrations 010, 015)
CREATE TRIGGER article_tallies_summary_fold BEFORE DELETE ON article_tallies FOR EACH STATEMENT EXECUTE FUNCTION summary_fold_first();
CREATE TRIGGER article_tallies_summary_remove AFTER DELETE ON article_tallies REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_tallies');
