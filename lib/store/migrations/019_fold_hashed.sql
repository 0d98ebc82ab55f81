-- A cheaper fold (issue 7, round 10). At 10,000 generated articles summary_fold() was still the
-- import's largest statement on both backends (7-9.6 s of pglite's CPU), and most of it was the
-- tally statement: sorting the 191,000 (row, term) groups on seven keys to gather each summary
-- row's naming arrays in term order, then inserting the 86,000 rows one by one into the two
-- indexes of summary_tallies in hash order. Now:
--
-- 1. The naming arrays are gathered in no particular term order (the four arrays stay in step: one
--    aggregate call per group fills them from the same rows), and the fold turns sorting off for its
--    statements, so every grouping hashes. Every reader unnests the arrays and sums by term
--    (lib/store/sum-sources.ts), and naming_merge (migration 015) sorts what it merges, so no answer
--    depends on the order. Stored rows keep the order they had.
-- 2. A summary table holding no row at all (the first fold of a fresh store: a first import) is
--    filled with its indexes dropped, and they are built again after the insert, each in one sort:
--    cheaper than 86,000 inserts into each btree. The table's ACCESS EXCLUSIVE lock is held to the
--    end of the fold's transaction; readers of an empty summary wait for it instead of reading
--    nothing. The fold holds the summary's advisory lock, so no other writer fills the table
--    meanwhile.

-- The statement of migration 015 keeping summary_tallies in step with `source`, its naming arrays
-- gathered without ORDER BY (hashed, not sorted; the arrays in step, in no particular term order).
CREATE OR REPLACE FUNCTION summary_tallies_sql(source text, sign int, upsert boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($f$
    WITH src AS (SELECT s.*, coalesce(left(a.date, 7), '') AS period, a.outlet_id FROM %1$s s JOIN articles a ON a.content_hash = s.content_hash),
    m AS (SELECT lexicon_version, target, period, outlet_id, resolution, (%2$s * count(*))::int AS n,
            (%2$s * sum((mentions_all > 0)::int))::int AS mentioning_all, (%2$s * sum((mentions_own > 0)::int))::int AS mentioning_own,
            (%2$s * sum(mentions_all))::int AS mentions_all, (%2$s * sum(mentions_own))::int AS mentions_own, (%2$s * sum(loaded_all))::int AS loaded_all,
            (%2$s * sum(loaded_own))::int AS loaded_own, (%2$s * sum(stance_sum))::int AS stance_sum, (%2$s * sum(stance_n))::int AS stance_n,
            (%2$s * sum(scare_quoted))::int AS scare_quoted, (%2$s * sum(author))::int AS author, (%2$s * sum(quoted))::int AS quoted, (%2$s * sum(attributed))::int AS attributed
          FROM src GROUP BY 1, 2, 3, 4, 5),
    nm AS (SELECT lexicon_version, target, period, outlet_id, resolution, x.term_id, (%2$s * count(*))::int AS n, (%2$s * sum(x.count_all))::int AS count_all, (%2$s * sum(x.count_own))::int AS count_own
          FROM src CROSS JOIN LATERAL unnest(src.naming_terms, src.naming_all, src.naming_own) AS x(term_id, count_all, count_own) GROUP BY 1, 2, 3, 4, 5, 6),
    g AS (SELECT 'm'::"char" AS grain, * FROM m
          UNION ALL SELECT 'y', lexicon_version, target, left(period, 4), outlet_id, resolution, sum(n), sum(mentioning_all), sum(mentioning_own),
            sum(mentions_all), sum(mentions_own), sum(loaded_all), sum(loaded_own), sum(stance_sum), sum(stance_n), sum(scare_quoted), sum(author), sum(quoted), sum(attributed)
          FROM m GROUP BY 2, 3, 4, 5, 6),
    gn AS (SELECT 'm'::"char" AS grain, * FROM nm
          UNION ALL SELECT 'y', lexicon_version, target, left(period, 4), outlet_id, resolution, term_id, sum(n), sum(count_all), sum(count_own) FROM nm GROUP BY 2, 3, 4, 5, 6, 7),
    na AS (SELECT grain, lexicon_version, target, period, outlet_id, resolution, array_agg(term_id) AS naming_terms,
            array_agg(n::int) AS naming_n, array_agg(count_all::int) AS naming_all, array_agg(count_own::int) AS naming_own
          FROM gn GROUP BY 1, 2, 3, 4, 5, 6)
    INSERT INTO summary_tallies (grain, lexicon_version, target, period, outlet_id, resolution, n, mentioning_all, mentioning_own, mentions_all, mentions_own,
      loaded_all, loaded_own, stance_sum, stance_n, scare_quoted, author, quoted, attributed, naming_terms, naming_n, naming_all, naming_own)
    SELECT g.*, coalesce(na.naming_terms, '{}'), coalesce(na.naming_n, '{}'), coalesce(na.naming_all, '{}'), coalesce(na.naming_own, '{}')
    FROM g LEFT JOIN na USING (grain, lexicon_version, target, period, outlet_id, resolution) %3$s$f$,
    source, sign,
    CASE WHEN upsert THEN $u$ON CONFLICT (lexicon_version, grain, target, period, outlet_id, resolution) DO UPDATE SET
      n = summary_tallies.n + EXCLUDED.n, mentioning_all = summary_tallies.mentioning_all + EXCLUDED.mentioning_all,
      mentioning_own = summary_tallies.mentioning_own + EXCLUDED.mentioning_own, mentions_all = summary_tallies.mentions_all + EXCLUDED.mentions_all,
      mentions_own = summary_tallies.mentions_own + EXCLUDED.mentions_own, loaded_all = summary_tallies.loaded_all + EXCLUDED.loaded_all,
      loaded_own = summary_tallies.loaded_own + EXCLUDED.loaded_own, stance_sum = summary_tallies.stance_sum + EXCLUDED.stance_sum,
      stance_n = summary_tallies.stance_n + EXCLUDED.stance_n, scare_quoted = summary_tallies.scare_quoted + EXCLUDED.scare_quoted,
      author = summary_tallies.author + EXCLUDED.author, quoted = summary_tallies.quoted + EXCLUDED.quoted, attributed = summary_tallies.attributed + EXCLUDED.attributed,
      (naming_terms, naming_n, naming_all, naming_own) = (SELECT * FROM naming_merge(summary_tallies.naming_terms, summary_tallies.naming_n, summary_tallies.naming_all,
        summary_tallies.naming_own, EXCLUDED.naming_terms, EXCLUDED.naming_n, EXCLUDED.naming_all, EXCLUDED.naming_own))$u$ ELSE '' END)
  || CASE WHEN sign < 0 THEN '; DELETE FROM summary_tallies WHERE n <= 0' ELSE '' END
$$;

-- Runs `statement` (filling `summary`) with the table's primary key and indexes dropped, then builds
-- them again as they were (their definitions as the catalog gives them).
CREATE FUNCTION summary_fill_unindexed(summary text, statement text) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
  pkey record;
  indexes record;
  defs text[];
  def text;
BEGIN
  SELECT conname, pg_get_constraintdef(oid) AS def INTO pkey FROM pg_constraint WHERE conrelid = summary::regclass AND contype = 'p';
  defs := ARRAY(SELECT pg_get_indexdef(i.indexrelid) FROM pg_index i WHERE i.indrelid = summary::regclass AND NOT i.indisprimary ORDER BY i.indexrelid);
  EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', summary, pkey.conname);
  FOR indexes IN SELECT c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid WHERE i.indrelid = summary::regclass LOOP
    EXECUTE format('DROP INDEX %I', indexes.relname);
  END LOOP;
  EXECUTE statement;
  EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I %s', summary, pkey.conname, pkey.def);
  FOREACH def IN ARRAY defs LOOP
    EXECUTE def;
  END LOOP;
END $$;

-- The fold of migration 015, with sorting off and the indexes of an empty summary table built after its insert.
CREATE OR REPLACE FUNCTION summary_fold() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  n int;
  pair text[];
  versions int[];
  held boolean;
  empty boolean;
  sorting text := current_setting('enable_sort');
BEGIN
  IF NOT EXISTS (SELECT 1 FROM summary_backlog) THEN RETURN 0; END IF;
  PERFORM pg_advisory_xact_lock(7243006);
  -- a bulk load's fold groups millions of rows: room to hash them in memory, for this transaction only
  PERFORM set_config('work_mem', '64MB', true);
  -- every grouping hashed: sorting the (row, term) groups on text keys was the fold's largest part
  PERFORM set_config('enable_sort', 'off', true);
  CREATE TEMP TABLE summary_folding (id int NOT NULL);
  WITH taken AS (DELETE FROM summary_backlog RETURNING analysis_id)
    INSERT INTO summary_folding SELECT DISTINCT analysis_id FROM taken;
  GET DIAGNOSTICS n = ROW_COUNT;
  -- the planner's estimate decides between index lookups (a batch) and one scan (a bulk load)
  ANALYZE summary_folding;
  versions := ARRAY(SELECT DISTINCT an.lexicon_version FROM analyses an JOIN summary_folding f ON f.id = an.id);
  FOREACH pair SLICE 1 IN ARRAY ARRAY[['summary_articles', 'analyses'], ['summary_terms', 'analyses'], ['summary_tallies', 'tallies']] LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE lexicon_version = ANY($1))', pair[1]) INTO held USING versions;
    EXECUTE format('SELECT NOT EXISTS (SELECT 1 FROM %I)', pair[1]) INTO empty;
    IF empty THEN
      PERFORM summary_fill_unindexed(pair[1], summary_sql(pair[1], summary_rows(pair[2], pair[2], 'summary_folding'), 1, false));
    ELSE
      EXECUTE summary_sql(pair[1], summary_rows(pair[2], pair[2], 'summary_folding'), 1, held);
    END IF;
  END LOOP;
  PERFORM set_config('enable_sort', sorting, true);
  DROP TABLE summary_folding;
  RETURN n;
END $$;
