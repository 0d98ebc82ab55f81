-- Naming shares in the summary's tally rows (issue 7, round 8). At 10,000 generated articles the
-- fold wrote 189,000 summary_naming rows (one per lexicon version, grain, target, period, outlet,
-- reading and term: 40 outlets x 120 months hold about 2 articles each, so the month rows summed
-- almost nothing), each with a 7-column primary key and a second index: the fold's largest cost.
-- A naming row's key is its tally row's key and a term, so the terms now live in that row, as the
-- per-article tallies hold theirs (migration 011): four arrays in step, ordered by term id (the
-- term's id in match_strings, the tally rows summed that hold it, and its counts under each voice
-- filter). The readers unnest them (lib/store/sum-sources.ts); summary_naming goes.

ALTER TABLE summary_tallies ADD COLUMN naming_terms int[] NOT NULL DEFAULT '{}', ADD COLUMN naming_n int[] NOT NULL DEFAULT '{}',
  ADD COLUMN naming_all int[] NOT NULL DEFAULT '{}', ADD COLUMN naming_own int[] NOT NULL DEFAULT '{}';
-- every naming row came from a tally row of the same key, so its summary_tallies row exists
UPDATE summary_tallies t SET naming_terms = x.terms, naming_n = x.n, naming_all = x.count_all, naming_own = x.count_own
FROM (SELECT lexicon_version, grain, target, period, outlet_id, resolution, array_agg(term_id ORDER BY term_id) AS terms, array_agg(n ORDER BY term_id) AS n,
        array_agg(count_all ORDER BY term_id) AS count_all, array_agg(count_own ORDER BY term_id) AS count_own
      FROM summary_naming GROUP BY 1, 2, 3, 4, 5, 6) x
WHERE (t.lexicon_version, t.grain, t.target, t.period, t.outlet_id, t.resolution) = (x.lexicon_version, x.grain, x.target, x.period, x.outlet_id, x.resolution);
ALTER TABLE summary_tallies ALTER COLUMN naming_terms DROP DEFAULT, ALTER COLUMN naming_n DROP DEFAULT,
  ALTER COLUMN naming_all DROP DEFAULT, ALTER COLUMN naming_own DROP DEFAULT;
DROP TABLE summary_naming;

-- deleting tallies subtracts their naming counts with their sums, in the same rows
DROP TRIGGER tallies_summary_remove ON tallies;
CREATE TRIGGER tallies_summary_remove AFTER DELETE ON tallies REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_tallies');

-- Two naming lists of one row added (an upsert, or a subtraction's negative counts): the terms'
-- sums, in term order, without the terms no tally row holds any more.
CREATE FUNCTION naming_merge(terms1 int[], n1 int[], all1 int[], own1 int[], terms2 int[], n2 int[], all2 int[], own2 int[])
RETURNS TABLE (terms int[], n int[], count_all int[], count_own int[]) LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(array_agg(term ORDER BY term), '{}'), coalesce(array_agg(n ORDER BY term), '{}'),
    coalesce(array_agg(count_all ORDER BY term), '{}'), coalesce(array_agg(count_own ORDER BY term), '{}')
  FROM (SELECT term, sum(n)::int AS n, sum(count_all)::int AS count_all, sum(count_own)::int AS count_own
        FROM (SELECT * FROM unnest(terms1, n1, all1, own1) UNION ALL SELECT * FROM unnest(terms2, n2, all2, own2)) x(term, n, count_all, count_own)
        GROUP BY term) y
  WHERE n > 0
$$;

-- The statement keeping summary_tallies in step with `source` (tally rows with their analysis'
-- content hash, summary_rows): each tally row joined to its article once, its sums grouped by
-- month and its naming terms by month and term; the year rows summed from the month rows; each
-- summary row's terms gathered into its arrays. `upsert` false: a plain INSERT (the fold knows the
-- table holds none of these versions' rows).
CREATE FUNCTION summary_tallies_sql(source text, sign int, upsert boolean) RETURNS text LANGUAGE sql IMMUTABLE AS $$
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
    na AS (SELECT grain, lexicon_version, target, period, outlet_id, resolution, array_agg(term_id ORDER BY term_id) AS naming_terms,
            array_agg(n::int ORDER BY term_id) AS naming_n, array_agg(count_all::int ORDER BY term_id) AS naming_all, array_agg(count_own::int ORDER BY term_id) AS naming_own
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

-- summary_tallies by its own statement; the other summaries as migration 013 left them.
CREATE OR REPLACE FUNCTION summary_sql(summary text, source text, sign int, upsert boolean DEFAULT true) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE summary
    WHEN 'summary_articles' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', '''m''::"char"'], ['period', 'coalesce(left(a.date, 7), '''')'], ['outlet_id', 'a.outlet_id']],
      ARRAY[['articles', '1'], ['words', 's.words']], true, '', 'articles', upsert)
    WHEN 'summary_terms' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['target_id', 'e.target_id'], ['term_id', 'e.term_id'], ['outlet_id', 'a.outlet_id']],
      ARRAY[['matches', 'e.matches']], false, 'CROSS JOIN LATERAL term_count_rows(s.term_counts) AS e', 'matches', upsert)
    WHEN 'summary_tallies' THEN summary_tallies_sql(source, sign, upsert)
  END
$$;

-- The fold of migration 013, with no summary_naming to fill.
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
  FOREACH pair SLICE 1 IN ARRAY ARRAY[['summary_articles', 'analyses'], ['summary_terms', 'analyses'], ['summary_tallies', 'tallies']] LOOP
    EXECUTE format('SELECT EXISTS (SELECT 1 FROM %I WHERE lexicon_version = ANY($1))', pair[1]) INTO held USING versions;
    EXECUTE summary_sql(pair[1], summary_rows(pair[2], pair[2], 'summary_folding'), 1, held);
  END LOOP;
  DROP TABLE summary_folding;
  RETURN n;
END $$;
