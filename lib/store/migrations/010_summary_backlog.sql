-- The summary filled set-based (issue 7, round 5). Until now statement triggers upserted a batch's
-- tallies into the summary in the batch's transaction: about 45,000 upserts per batch of 500
-- articles at random places of the summary's indexes, a third of an import's CPU. Now a batch's
-- transaction only records its new analyses in `summary_backlog`, and the backlog is folded into
-- the summary by one statement per summary table (summary_fold): at the end of an import or a
-- worker's run, and by every reader before it reads the sums (lib/store/fold.ts), so a killed
-- import never leaves the summary wrong and no page reads sums that miss committed analyses.
--
-- No `d` grain any more (the date as given: nearly one summary row per article and target, so it
-- summed nothing and cost as much to write as the tallies themselves): day and week series, and the
-- partly covered months at the ends of a date range, read the per-article tallies
-- (lib/store/sum-sources.ts). The grains are now 'a', 'y' and 'm', listed here only.
--
-- Deleting analyses or tallies still subtracts them by 006's triggers; the backlog is folded first
-- (a BEFORE trigger), so a row added and removed before any fold is counted once and removed once.

CREATE TABLE summary_backlog (
  content_hash text NOT NULL,
  lexicon_version int NOT NULL
);

DROP TRIGGER analyses_summary_add ON analyses;
DROP TRIGGER tallies_summary_add ON tallies;
DROP TRIGGER naming_tallies_summary_add ON naming_tallies;

DELETE FROM summary_articles WHERE grain = 'd';
DELETE FROM summary_tallies WHERE grain = 'd';
DELETE FROM summary_naming WHERE grain = 'd';

-- `source` is now any FROM item (a table, a transition table, or a parenthesised query), not only a
-- name; the grains are 'a', 'y' and 'm'.
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
     GROUP BY %9$s ORDER BY %9$s ON CONFLICT (%2$s) DO UPDATE SET %10$s',
    summary, array_to_string(key_cols, ', '), array_to_string(sum_cols, ', '), array_to_string(key_exprs, ', '), array_to_string(sum_exprs, ', '),
    source, CASE WHEN per_grain THEN 'CROSS JOIN (VALUES (''a''::"char"), (''y''), (''m'')) g(grain)' ELSE '' END, extra,
    (SELECT string_agg(k::text, ', ') FROM generate_series(1, array_length(keys, 1)) k), array_to_string(sets, ', '))
    || CASE WHEN sign < 0 THEN format('; DELETE FROM %I WHERE %I <= 0', summary, count) ELSE '' END;
END $$;

-- A statement's new analyses join the backlog, in the writer's transaction.
CREATE FUNCTION summary_backlog_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO summary_backlog (content_hash, lexicon_version) SELECT content_hash, lexicon_version FROM new_rows;
  RETURN NULL;
END $$;
CREATE TRIGGER analyses_summary_backlog AFTER INSERT ON analyses REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_backlog_add();

-- Folds the backlog into the summary: its analyses, tallies and naming tallies summed set-based,
-- one statement per summary table; how many analyses it folded. Under the summary's advisory lock
-- (the writers' too): two folds never take the same rows, and a writer's batch is folded whole
-- once committed. Cheap when there is nothing to fold (one look at an empty table).
CREATE FUNCTION summary_fold() RETURNS int LANGUAGE plpgsql AS $$
DECLARE
  n int;
  pair text[];
BEGIN
  IF NOT EXISTS (SELECT 1 FROM summary_backlog) THEN RETURN 0; END IF;
  PERFORM pg_advisory_xact_lock(7243006);
  CREATE TEMP TABLE summary_folding (content_hash text NOT NULL, lexicon_version int NOT NULL);
  WITH taken AS (DELETE FROM summary_backlog RETURNING content_hash, lexicon_version)
    INSERT INTO summary_folding SELECT DISTINCT content_hash, lexicon_version FROM taken;
  GET DIAGNOSTICS n = ROW_COUNT;
  -- the planner's estimate decides between index lookups (a batch) and one scan (a bulk load)
  ANALYZE summary_folding;
  FOREACH pair SLICE 1 IN ARRAY ARRAY[['summary_articles', 'analyses'], ['summary_terms', 'analyses'], ['summary_tallies', 'tallies'], ['summary_naming', 'naming_tallies']] LOOP
    EXECUTE summary_sql(pair[1], format('(SELECT r.* FROM %I r JOIN summary_folding f USING (content_hash, lexicon_version))', pair[2]), 1);
  END LOOP;
  DROP TABLE summary_folding;
  RETURN n;
END $$;

CREATE FUNCTION summary_fold_first() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM summary_fold();
  RETURN NULL;
END $$;
CREATE TRIGGER analyses_summary_fold BEFORE DELETE ON analyses FOR EACH STATEMENT EXECUTE FUNCTION summary_fold_first();
CREATE TRIGGER tallies_summary_fold BEFORE DELETE ON tallies FOR EACH STATEMENT EXECUTE FUNCTION summary_fold_first();
CREATE TRIGGER naming_tallies_summary_fold BEFORE DELETE ON naming_tallies FOR EACH STATEMENT EXECUTE FUNCTION summary_fold_first();
