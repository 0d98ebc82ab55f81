-- A week grain for the summary (issue 7, round 4): weekly series read one row per outlet × ISO
-- week × target (at most 40 × 522 over ten years), not the 'd' grain, which holds nearly a row
-- per article and target and made the weekly series grow with the corpus.
--
--   'w'  period = the ISO week of a date given to the day (to_char(date, 'IYYY-"W"IW'), as the
--        timeline names weeks); a date given by the month or year alone, or none, keeps its
--        period as at 'd' (the weekly series leaves those out by their length)
--
-- The grain list is in summary_upsert_sql (one row per grain of each source row): redefined
-- here with 'w'. A writer that keeps the summary itself (not through these triggers) must add
-- the 'w' rows too: period summary_period('w', date).

CREATE OR REPLACE FUNCTION summary_period(grain "char", date text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(CASE grain WHEN 'a' THEN '' WHEN 'y' THEN left(date, 4) WHEN 'm' THEN left(date, 7)
    WHEN 'w' THEN CASE WHEN length(date) = 10 THEN to_char(date::date, 'IYYY-"W"IW') ELSE date END
    ELSE date END, '')
$$;

-- 006's function with the grain list ('a', 'y', 'm', 'w', 'd'); otherwise unchanged.
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
    'INSERT INTO %1$I (%2$s, %3$s) SELECT %4$s, %5$s FROM %6$I s JOIN articles a ON a.content_hash = s.content_hash %7$s %8$s
     GROUP BY %9$s ORDER BY %9$s ON CONFLICT (%2$s) DO UPDATE SET %10$s',
    summary, array_to_string(key_cols, ', '), array_to_string(sum_cols, ', '), array_to_string(key_exprs, ', '), array_to_string(sum_exprs, ', '),
    source, CASE WHEN per_grain THEN 'CROSS JOIN (VALUES (''a''::"char"), (''y''), (''m''), (''w''), (''d'')) g(grain)' ELSE '' END, extra,
    (SELECT string_agg(k::text, ', ') FROM generate_series(1, array_length(keys, 1)) k), array_to_string(sets, ', '))
    || CASE WHEN sign < 0 THEN format('; DELETE FROM %I WHERE %I <= 0', summary, count) ELSE '' END;
END $$;

-- Backfill: the 'w' rows are the 'd' rows summed by week (every sum is additive), so the
-- articles are not read again.
INSERT INTO summary_articles (lexicon_version, grain, period, outlet_id, articles, words)
SELECT lexicon_version, 'w', summary_period('w', period), outlet_id, sum(articles), sum(words)
FROM summary_articles WHERE grain = 'd' GROUP BY 1, 3, 4;

INSERT INTO summary_tallies (lexicon_version, target, grain, period, outlet_id, resolution, n, mentioning_all, mentioning_own, mentions_all, mentions_own,
                             loaded_all, loaded_own, stance_sum, stance_n, scare_quoted, author, quoted, attributed)
SELECT lexicon_version, target, 'w', summary_period('w', period), outlet_id, resolution, sum(n), sum(mentioning_all), sum(mentioning_own), sum(mentions_all), sum(mentions_own),
       sum(loaded_all), sum(loaded_own), sum(stance_sum), sum(stance_n), sum(scare_quoted), sum(author), sum(quoted), sum(attributed)
FROM summary_tallies WHERE grain = 'd' GROUP BY 1, 2, 4, 5, 6;

INSERT INTO summary_naming (lexicon_version, target, grain, period, outlet_id, resolution, term, n, count_all, count_own)
SELECT lexicon_version, target, 'w', summary_period('w', period), outlet_id, resolution, term, sum(n), sum(count_all), sum(count_own)
FROM summary_naming WHERE grain = 'd' GROUP BY 1, 2, 4, 5, 6, 7;
