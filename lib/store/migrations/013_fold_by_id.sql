-- A cheaper fold (issue 7, round 7). At 10,000 generated articles summary_fold() was the import's
-- largest statement (8.6 s of the lead's idle profile): four INSERT … SELECT … ON CONFLICT, of which
-- summary_naming wrote 189,000 rows keyed by the term's text, and summary_terms sorted 220,000 rows
-- on disk (the planner took each analysis' term counts for 1,000 rows and chose a sort over text
-- keys instead of hashing). Now:
--
-- 1. summary_naming and summary_terms are keyed by ids in match_strings (summary_naming.term_id,
--    summary_terms.target_id and term_id): the fold reads the tallies' and analyses' ids as they are
--    stored (migration 011), with no join to match_strings, and groups and indexes integers. The
--    readers join match_strings for the text (lib/store/sum-sources.ts, lib/store/browse.ts).
-- 2. One pass for both grains: the month rows are summed from the source rows, and the year rows
--    from the month rows (a year's sums are its months' sums, and an article dated by a year alone
--    has that year as its period at both grains), in one statement. The source rows (one per
--    tally and naming term) are joined and grouped once instead of twice.
-- 3. A plain INSERT when the summary holds no rows of the lexicon versions being folded (the first
--    fold of an import into a fresh store, or of a new lexicon version): no conflict to look for.
--    The fold holds the summary's advisory lock exclusively, so no other writer adds rows meanwhile.

INSERT INTO match_strings (s)
SELECT s FROM (SELECT term AS s FROM summary_naming UNION SELECT target FROM summary_terms UNION SELECT term FROM summary_terms) x
ORDER BY s ON CONFLICT DO NOTHING;

ALTER TABLE summary_naming ADD COLUMN term_id int;
UPDATE summary_naming t SET term_id = m.id FROM match_strings m WHERE m.s = t.term;
ALTER TABLE summary_naming DROP CONSTRAINT summary_naming_pkey, DROP COLUMN term, ALTER COLUMN term_id SET NOT NULL;
ALTER TABLE summary_naming ADD PRIMARY KEY (lexicon_version, grain, target, period, outlet_id, resolution, term_id);

ALTER TABLE summary_terms ADD COLUMN target_id int, ADD COLUMN term_id int;
UPDATE summary_terms t SET target_id = mt.id, term_id = mm.id FROM match_strings mt, match_strings mm WHERE mt.s = t.target AND mm.s = t.term;
ALTER TABLE summary_terms DROP CONSTRAINT summary_terms_pkey, DROP COLUMN target, DROP COLUMN term,
  ALTER COLUMN target_id SET NOT NULL, ALTER COLUMN term_id SET NOT NULL;
ALTER TABLE summary_terms ADD PRIMARY KEY (lexicon_version, target_id, term_id, outlet_id);

-- An analysis' term counts (flat triples, migration 011) as rows. STRICT keeps PostgreSQL from
-- inlining it, so the planner takes ROWS for its size: generate_series over a column counts as
-- 1,000 rows, which made the fold of summary_terms sort 10 million rows it expected, on disk.
CREATE FUNCTION term_count_rows(counts int[]) RETURNS TABLE (target_id int, term_id int, matches int)
LANGUAGE sql IMMUTABLE STRICT ROWS 25 AS $$
  SELECT counts[k], counts[k + 1], counts[k + 2] FROM generate_series(1, cardinality(counts), 3) k
$$;

-- `upsert` false: a plain INSERT (the caller knows the summary holds none of these rows). With
-- `per_grain`, the month rows come from `source` (grain and period in `keys` are the month's) and
-- the year rows from the month rows, in the same statement.
DROP FUNCTION summary_upsert_sql(text, text, int, text[], text[], boolean, text, text);
CREATE FUNCTION summary_upsert_sql(summary text, source text, sign int, keys text[], sums text[], per_grain boolean, extra text, count text, upsert boolean)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  key_cols text[];
  key_exprs text[];
  year_keys text[];
  sum_cols text[];
  sum_exprs text[];
  year_sums text[];
  sets text[];
  groups text;
  rows_sql text;
  i int;
BEGIN
  FOR i IN 1 .. array_length(keys, 1) LOOP
    key_cols := key_cols || keys[i][1];
    key_exprs := key_exprs || format('%s AS %I', keys[i][2], keys[i][1]);
    year_keys := year_keys || CASE keys[i][1] WHEN 'grain' THEN '''y''::"char"' WHEN 'period' THEN 'left(m.period, 4)' ELSE format('m.%I', keys[i][1]) END;
  END LOOP;
  FOR i IN 1 .. array_length(sums, 1) LOOP
    sum_cols := sum_cols || sums[i][1];
    sum_exprs := sum_exprs || format('%s * sum(%s) AS %I', sign, sums[i][2], sums[i][1]);
    year_sums := year_sums || format('sum(m.%I)', sums[i][1]);
    sets := sets || format('%1$s = %2$I.%1$s + EXCLUDED.%1$s', sums[i][1], summary);
  END LOOP;
  groups := (SELECT string_agg(k::text, ', ') FROM generate_series(1, array_length(keys, 1)) k);
  rows_sql := format('SELECT %s, %s FROM %s s JOIN articles a ON a.content_hash = s.content_hash %s GROUP BY %s',
    array_to_string(key_exprs, ', '), array_to_string(sum_exprs, ', '), source, extra, groups);
  RETURN CASE WHEN per_grain
      THEN format('WITH m AS (%s) INSERT INTO %I (%s, %s) SELECT * FROM m UNION ALL SELECT %s, %s FROM m GROUP BY %s',
        rows_sql, summary, array_to_string(key_cols, ', '), array_to_string(sum_cols, ', '), array_to_string(year_keys, ', '), array_to_string(year_sums, ', '), groups)
      ELSE format('INSERT INTO %I (%s, %s) %s', summary, array_to_string(key_cols, ', '), array_to_string(sum_cols, ', '), rows_sql)
    END
    || CASE WHEN upsert THEN format(' ON CONFLICT (%s) DO UPDATE SET %s', array_to_string(key_cols, ', '), array_to_string(sets, ', ')) ELSE '' END
    || CASE WHEN sign < 0 THEN format('; DELETE FROM %I WHERE %I <= 0', summary, count) ELSE '' END;
END $$;

-- The statement keeping one summary in step with `source`; a month's period is the date's first
-- seven characters ('' undated), as summary_period('m', date) gave.
DROP FUNCTION summary_sql(text, text, int);
CREATE FUNCTION summary_sql(summary text, source text, sign int, upsert boolean DEFAULT true) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE summary
    WHEN 'summary_articles' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', '''m''::"char"'], ['period', 'coalesce(left(a.date, 7), '''')'], ['outlet_id', 'a.outlet_id']],
      ARRAY[['articles', '1'], ['words', 's.words']], true, '', 'articles', upsert)
    WHEN 'summary_terms' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['target_id', 'e.target_id'], ['term_id', 'e.term_id'], ['outlet_id', 'a.outlet_id']],
      ARRAY[['matches', 'e.matches']], false, 'CROSS JOIN LATERAL term_count_rows(s.term_counts) AS e', 'matches', upsert)
    WHEN 'summary_tallies' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', '''m''::"char"'], ['target', 's.target'], ['period', 'coalesce(left(a.date, 7), '''')'], ['outlet_id', 'a.outlet_id'], ['resolution', 's.resolution']],
      ARRAY[['n', '1'], ['mentioning_all', '(s.mentions_all > 0)::int'], ['mentioning_own', '(s.mentions_own > 0)::int'],
            ['mentions_all', 's.mentions_all'], ['mentions_own', 's.mentions_own'], ['loaded_all', 's.loaded_all'], ['loaded_own', 's.loaded_own'],
            ['stance_sum', 's.stance_sum'], ['stance_n', 's.stance_n'], ['scare_quoted', 's.scare_quoted'],
            ['author', 's.author'], ['quoted', 's.quoted'], ['attributed', 's.attributed']], true, '', 'n', upsert)
    WHEN 'summary_naming' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', '''m''::"char"'], ['target', 's.target'], ['period', 'coalesce(left(a.date, 7), '''')'], ['outlet_id', 'a.outlet_id'], ['resolution', 's.resolution'], ['term_id', 'nm.term_id']],
      ARRAY[['n', '1'], ['count_all', 'nm.count_all'], ['count_own', 'nm.count_own']], true,
      'CROSS JOIN LATERAL unnest(s.naming_terms, s.naming_all, s.naming_own) AS nm(term_id, count_all, count_own)', 'n', upsert)
  END
$$;

-- The fold, with a plain INSERT into each summary table that holds no rows of the versions folded.
CREATE OR REPLACE FUNCTION summary_fold() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  n int;
  pair text[];
  versions int[];
  held boolean;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM summary_backlog) THEN RETURN 0; END IF;
  PERFORM pg_advisory_xact_lock(7243006);
  -- a bulk load's fold groups millions of rows: room to hash them in memory, for this transaction only
  PERFORM set_config('work_mem', '64MB', true);
  CREATE TEMP TABLE summary_folding (id int NOT NULL);
  WITH taken AS (DELETE FROM summary_backlog RETURNING analysis_id)
    INSERT INTO summary_folding SELECT DISTINCT analysis_id FROM taken;
  GET DIAGNOSTICS n = ROW_COUNT;
  -- the planner's estimate decides between index lookups (a batch) and one scan (a bulk load)
  ANALYZE summary_folding;
  versions := ARRAY(SELECT DISTINCT an.lexicon_version FROM analyses an JOIN summary_folding f ON f.id = an.id);
  FOREACH pair SLICE 1 IN ARRAY ARRAY[['summary_articles', 'analyses'], ['summary_terms', 'analyses'], ['summary_tallies', 'tallies'], ['summary_naming', 'tallies']] LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE lexicon_version = ANY($1))', pair[1]) INTO held USING versions;
    EXECUTE summary_sql(pair[1], summary_rows(pair[2], pair[2], 'summary_folding'), 1, held);
  END LOOP;
  DROP TABLE summary_folding;
  RETURN n;
END $$;

-- Signatures stored as they are (out of line from 256 bytes a row, migration 003): PostgreSQL tried
-- to compress each one (1.2 KB of digits and commas) on every article insert and kept none of them
-- compressed (10,000 generated articles: 0 compressed; pglite offers pglz only, no lz4).
ALTER TABLE articles ALTER COLUMN signature SET STORAGE EXTERNAL;
