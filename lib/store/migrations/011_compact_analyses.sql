-- Compact analyses (issue 7, round 6). An analysis kept its matches as one JSON list (migration
-- 003): about 13 KB per article at 10,000 generated ones, more than the article's body, parsed and
-- written in WebAssembly on every save. Now an analysis keeps:
--   codes        its sentences and matches as variable-length integers (lib/analysis/match-codec.ts:
--                one codec for every writer and reader; a match's text is taken from the body again),
--                in `analysis_matches`
--   string_ids   the ids, in `match_strings`, of the strings the codes refer to by position (terms,
--                forms, targets, categories, voices, cues…): a few hundred strings serve every analysis
--   term_counts  (target id, term id, matches) per distinct pair, flat, in `analyses`: what SQL reads of the matches
--                ("other outlets call this…", the match count of an article list, the passages' filter)
-- The `matches` view (one row per match, over the JSON lists) goes with the lists: every reader
-- decodes through the codec. Existing analyses are converted by lib/store/compact-migration.ts,
-- run by lib/store/migrate.ts after this file, in the same transaction; it then drops the old columns.
--
-- Fewer tally rows: an article's naming counts (34 rows per article at 10,000 generated ones, with
-- their primary key and index) move into its tally rows as three arrays (the naming terms' ids in
-- `match_strings`, their counts under both voice filters), and `naming_tallies` goes. The summary of
-- naming shares and the per-article sums unnest them. A target that counts the same under both
-- readings of side-switching labels is now written once ('both') even when another target of the
-- article does not (lib/store/analyses.ts); rows written before stay as they are (both forms sum alike).
CREATE TABLE match_strings (
  id serial PRIMARY KEY,
  s text NOT NULL UNIQUE
);

-- The codes live in a table of their own, read by analysis id (results, passages): a row of 1–2 KB
-- stays in the table's pages (PostgreSQL moves values out of line only from about 2 KB a row), and
-- every sum joins `analyses`, whose rows must stay small to scan.
CREATE TABLE analysis_matches (
  analysis_id int PRIMARY KEY,
  codes bytea NOT NULL,
  string_ids int[] NOT NULL
);
ALTER TABLE analyses ADD COLUMN term_counts int[];

-- an analysis deleted (004's re-queue, a test) takes its codes along; statement-level, as the
-- summary's triggers are, so a bulk delete pays once
CREATE FUNCTION analysis_matches_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM analysis_matches m USING old_rows o WHERE m.analysis_id = o.id;
  RETURN NULL;
END $$;
CREATE TRIGGER analyses_matches_remove AFTER DELETE ON analyses REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION analysis_matches_follow();

INSERT INTO match_strings (s) SELECT DISTINCT term FROM naming_tallies ON CONFLICT DO NOTHING;
ALTER TABLE tallies ADD COLUMN naming_terms int[] NOT NULL DEFAULT '{}', ADD COLUMN naming_all int[] NOT NULL DEFAULT '{}', ADD COLUMN naming_own int[] NOT NULL DEFAULT '{}';
UPDATE tallies t SET naming_terms = n.terms, naming_all = n.counts_all, naming_own = n.counts_own
FROM (SELECT nt.analysis_id, nt.target, nt.resolution, array_agg(m.id ORDER BY m.id) AS terms,
             array_agg(nt.count_all ORDER BY m.id) AS counts_all, array_agg(nt.count_own ORDER BY m.id) AS counts_own
      FROM naming_tallies nt JOIN match_strings m ON m.s = nt.term GROUP BY 1, 2, 3) n
WHERE t.analysis_id = n.analysis_id AND t.target = n.target AND t.resolution = n.resolution;
ALTER TABLE tallies ALTER COLUMN naming_terms DROP DEFAULT, ALTER COLUMN naming_all DROP DEFAULT, ALTER COLUMN naming_own DROP DEFAULT;
DROP TABLE naming_tallies;
-- deleting tallies subtracts their naming counts too
DROP TRIGGER tallies_summary_remove ON tallies;
CREATE TRIGGER tallies_summary_remove AFTER DELETE ON tallies REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_tallies', 'summary_naming');

-- No `a` grain (all dates) any more: the sums over all dates are the sums of the years, which the
-- pages read instead (lib/store/summary.ts; an undated article's period is '' at every grain). At
-- 10,000 articles it was a third of the rows a fold writes; at 100,000 the home page sums ten
-- years' rows instead of one, a few thousand rows. The grains are now 'y' and 'm'.
DELETE FROM summary_articles WHERE grain = 'a';
DELETE FROM summary_tallies WHERE grain = 'a';
DELETE FROM summary_naming WHERE grain = 'a';
CREATE OR REPLACE FUNCTION summary_upsert_sql(summary text, source text, sign int, keys text[], sums text[], per_grain boolean, extra text, count text)
RETURNS text LANGUAGE plpgsql IMMUTABLE AS $$
DECLARE
  key_cols text[];
  key_exprs text[];
  sum_cols text[];
  sum_exprs text[];
  sets text[];
  i int;
BEGIN
  FOR i IN 1 .. array_length(keys, 1) LOOP
    key_cols := key_cols || keys[i][1];
    key_exprs := key_exprs || keys[i][2];
  END LOOP;
  FOR i IN 1 .. array_length(sums, 1) LOOP
    sum_cols := sum_cols || sums[i][1];
    sum_exprs := sum_exprs || format('%s * sum(%s)', sign, sums[i][2]);
    sets := sets || format('%1$s = %2$I.%1$s + EXCLUDED.%1$s', sums[i][1], summary);
  END LOOP;
  RETURN format(
    'INSERT INTO %1$I (%2$s, %3$s) SELECT %4$s, %5$s FROM %6$s s JOIN articles a ON a.content_hash = s.content_hash %7$s %8$s
     GROUP BY %9$s ON CONFLICT (%2$s) DO UPDATE SET %10$s',
    summary, array_to_string(key_cols, ', '), array_to_string(sum_cols, ', '), array_to_string(key_exprs, ', '), array_to_string(sum_exprs, ', '),
    source, CASE WHEN per_grain THEN 'CROSS JOIN (VALUES (''y''::"char"), (''m'')) g(grain)' ELSE '' END, extra,
    (SELECT string_agg(k::text, ', ') FROM generate_series(1, array_length(keys, 1)) k), array_to_string(sets, ', '))
    || CASE WHEN sign < 0 THEN format('; DELETE FROM %I WHERE %I <= 0', summary, count) ELSE '' END;
END $$;

-- The backlog's naming shares come from the tallies' arrays (010 read naming_tallies).
CREATE OR REPLACE FUNCTION summary_fold() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  n int;
  pair text[];
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
  FOREACH pair SLICE 1 IN ARRAY ARRAY[['summary_articles', 'analyses'], ['summary_terms', 'analyses'], ['summary_tallies', 'tallies'], ['summary_naming', 'tallies']] LOOP
    EXECUTE summary_sql(pair[1], summary_rows(pair[2], pair[2], 'summary_folding'), 1);
  END LOOP;
  DROP TABLE summary_folding;
  RETURN n;
END $$;

-- "Other outlets call this…" sums the (target, term) counts of each analysis (006's statement read
-- the JSON list's elements); the naming shares unnest the tally rows' arrays.
CREATE OR REPLACE FUNCTION summary_sql(summary text, source text, sign int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE summary
    WHEN 'summary_articles' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', 'g.grain'], ['period', 'summary_period(g.grain, a.date)'], ['outlet_id', 'a.outlet_id']],
      ARRAY[['articles', '1'], ['words', 's.words']], true, '', 'articles')
    WHEN 'summary_terms' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['target', 'mt.s'], ['term', 'mm.s'], ['outlet_id', 'a.outlet_id']],
      ARRAY[['matches', 's.term_counts[e.k + 2]']], false,
      'CROSS JOIN LATERAL generate_series(1, cardinality(s.term_counts), 3) AS e(k) JOIN match_strings mt ON mt.id = s.term_counts[e.k] JOIN match_strings mm ON mm.id = s.term_counts[e.k + 1]',
      'matches')
    WHEN 'summary_tallies' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', 'g.grain'], ['target', 's.target'], ['period', 'summary_period(g.grain, a.date)'], ['outlet_id', 'a.outlet_id'], ['resolution', 's.resolution']],
      ARRAY[['n', '1'], ['mentioning_all', '(s.mentions_all > 0)::int'], ['mentioning_own', '(s.mentions_own > 0)::int'],
            ['mentions_all', 's.mentions_all'], ['mentions_own', 's.mentions_own'], ['loaded_all', 's.loaded_all'], ['loaded_own', 's.loaded_own'],
            ['stance_sum', 's.stance_sum'], ['stance_n', 's.stance_n'], ['scare_quoted', 's.scare_quoted'],
            ['author', 's.author'], ['quoted', 's.quoted'], ['attributed', 's.attributed']], true, '', 'n')
    WHEN 'summary_naming' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', 'g.grain'], ['target', 's.target'], ['period', 'summary_period(g.grain, a.date)'], ['outlet_id', 'a.outlet_id'], ['resolution', 's.resolution'], ['term', 'mn.s']],
      ARRAY[['n', '1'], ['count_all', 'nm.count_all'], ['count_own', 'nm.count_own']], true,
      'CROSS JOIN LATERAL unnest(s.naming_terms, s.naming_all, s.naming_own) AS nm(term_id, count_all, count_own) JOIN match_strings mn ON mn.id = nm.term_id',
      'n')
  END
$$;
