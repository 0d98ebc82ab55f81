-- The summary: the per-article tallies summed per outlet and period (issue 7, round 3). Home
-- scores, filters, the outlet comparison and the time series read these sums, so their cost grows
-- with outlets × periods, not with the articles stored.
--
-- Each sum is kept at four grains of the article's date as given (YYYY, YYYY-MM or YYYY-MM-DD):
--   'a'  period = '' (all dates)                      one row per outlet and target: the home page
--   'y'  period = the year (left(date, 4))            outlet tables over a date range
--   'm'  period = the month (left(date, 7))           the monthly time series
--   'd'  period = the date as given                   day and week series, and the edges of a range
-- An undated article has period '' at every grain. A date range reads the years it covers whole
-- at 'y', the months it covers whole at 'm' and only the partly covered months at 'd'
-- (lib/store/summary.ts), so every article counts exactly as the per-article filter counts it.
--
-- The sums follow the rows they add up: statement triggers on analyses, tallies and naming_tallies
-- add (INSERT) or subtract (DELETE) the rows a statement changed, joined to their article, in the
-- statement's transaction. An analysis is saved after its article and articles are never deleted
-- or moved to another outlet or date; a writer that does so must keep the summary in step.

CREATE TABLE summary_articles (
  lexicon_version int NOT NULL,
  grain "char" NOT NULL,
  period text NOT NULL,
  outlet_id int NOT NULL,
  articles int NOT NULL,
  words bigint NOT NULL,
  PRIMARY KEY (lexicon_version, grain, period, outlet_id)
);

CREATE TABLE summary_tallies (
  lexicon_version int NOT NULL,
  target text NOT NULL,
  grain "char" NOT NULL,
  period text NOT NULL,
  outlet_id int NOT NULL,
  resolution text NOT NULL,
  -- tally rows summed (a row whose count falls to 0 is removed), and articles mentioning the target
  n int NOT NULL,
  mentioning_all int NOT NULL,
  mentioning_own int NOT NULL,
  mentions_all int NOT NULL,
  mentions_own int NOT NULL,
  loaded_all int NOT NULL,
  loaded_own int NOT NULL,
  stance_sum int NOT NULL,
  stance_n int NOT NULL,
  scare_quoted int NOT NULL,
  author int NOT NULL,
  quoted int NOT NULL,
  attributed int NOT NULL,
  PRIMARY KEY (lexicon_version, grain, target, period, outlet_id, resolution)
);
-- a date range's partly covered months and years are read by period, whatever the target
CREATE INDEX summary_tallies_period ON summary_tallies (lexicon_version, grain, period);

CREATE TABLE summary_naming (
  lexicon_version int NOT NULL,
  target text NOT NULL,
  grain "char" NOT NULL,
  period text NOT NULL,
  outlet_id int NOT NULL,
  resolution text NOT NULL,
  term text NOT NULL,
  n int NOT NULL,
  count_all int NOT NULL,
  count_own int NOT NULL,
  PRIMARY KEY (lexicon_version, grain, target, period, outlet_id, resolution, term)
);
CREATE INDEX summary_naming_period ON summary_naming (lexicon_version, grain, period);

-- Which outlets' articles hold a match of each term ("other outlets call this …"): every match,
-- not only the naming ones, as the article page and the glossary list them.
CREATE TABLE summary_terms (
  lexicon_version int NOT NULL,
  target text NOT NULL,
  term text NOT NULL,
  outlet_id int NOT NULL,
  matches int NOT NULL,
  PRIMARY KEY (lexicon_version, target, term, outlet_id)
);

-- The period of a date at a grain.
CREATE FUNCTION summary_period(grain "char", date text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(CASE grain WHEN 'a' THEN '' WHEN 'y' THEN left(date, 4) WHEN 'm' THEN left(date, 7) ELSE date END, '')
$$;

-- One statement adding (sign 1) or subtracting (sign -1) the rows of `source` (a table, or a
-- trigger's transition table) to a summary: `keys` and `sums` are (column, expression) pairs over
-- the source row `s`, its article `a`, and with `per_grain` the grain `g.grain` (one row per grain);
-- `extra` joins more (a match list's elements). Subtracting removes the rows whose `count` column
-- falls to 0. Returned as text and EXECUTEd by the caller: a trigger's transition tables are
-- visible only in the trigger function's own statements.
CREATE FUNCTION summary_upsert_sql(summary text, source text, sign int, keys text[], sums text[], per_grain boolean, extra text, count text)
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
    source, CASE WHEN per_grain THEN 'CROSS JOIN (VALUES (''a''::"char"), (''y''), (''m''), (''d'')) g(grain)' ELSE '' END, extra,
    (SELECT string_agg(k::text, ', ') FROM generate_series(1, array_length(keys, 1)) k), array_to_string(sets, ', '))
    || CASE WHEN sign < 0 THEN format('; DELETE FROM %I WHERE %I <= 0', summary, count) ELSE '' END;
END $$;

-- The statement keeping one summary in step with `source` (analyses, tallies or naming_tallies rows).
CREATE FUNCTION summary_sql(summary text, source text, sign int) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE summary
    WHEN 'summary_articles' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', 'g.grain'], ['period', 'summary_period(g.grain, a.date)'], ['outlet_id', 'a.outlet_id']],
      ARRAY[['articles', '1'], ['words', 's.words']], true, '', 'articles')
    WHEN 'summary_terms' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['target', 'e.m ->> ''target'''], ['term', 'e.m ->> ''term'''], ['outlet_id', 'a.outlet_id']],
      ARRAY[['matches', '1']], false, 'CROSS JOIN LATERAL json_array_elements(s.match_list) AS e(m)', 'matches')
    WHEN 'summary_tallies' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', 'g.grain'], ['target', 's.target'], ['period', 'summary_period(g.grain, a.date)'], ['outlet_id', 'a.outlet_id'], ['resolution', 's.resolution']],
      ARRAY[['n', '1'], ['mentioning_all', '(s.mentions_all > 0)::int'], ['mentioning_own', '(s.mentions_own > 0)::int'],
            ['mentions_all', 's.mentions_all'], ['mentions_own', 's.mentions_own'], ['loaded_all', 's.loaded_all'], ['loaded_own', 's.loaded_own'],
            ['stance_sum', 's.stance_sum'], ['stance_n', 's.stance_n'], ['scare_quoted', 's.scare_quoted'],
            ['author', 's.author'], ['quoted', 's.quoted'], ['attributed', 's.attributed']], true, '', 'n')
    WHEN 'summary_naming' THEN summary_upsert_sql(summary, source, sign,
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', 'g.grain'], ['target', 's.target'], ['period', 'summary_period(g.grain, a.date)'], ['outlet_id', 'a.outlet_id'], ['resolution', 's.resolution'], ['term', 's.term']],
      ARRAY[['n', '1'], ['count_all', 's.count_all'], ['count_own', 's.count_own']], true, '', 'n')
  END
$$;

-- The trigger: the statement's inserted (or deleted) rows added to (or subtracted from) each
-- summary named in its arguments. Writers take turns on the summary (concurrent workers on a
-- server would otherwise lock its rows in different orders), held until their transaction ends.
CREATE FUNCTION summary_follow() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  summary text;
BEGIN
  PERFORM pg_advisory_xact_lock(7243006);
  FOREACH summary IN ARRAY TG_ARGV LOOP
    EXECUTE summary_sql(summary, CASE TG_OP WHEN 'INSERT' THEN 'new_rows' ELSE 'old_rows' END, CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END);
  END LOOP;
  RETURN NULL;
END $$;

CREATE TRIGGER analyses_summary_add AFTER INSERT ON analyses REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_articles', 'summary_terms');
CREATE TRIGGER analyses_summary_remove AFTER DELETE ON analyses REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_articles', 'summary_terms');
CREATE TRIGGER tallies_summary_add AFTER INSERT ON tallies REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_tallies');
CREATE TRIGGER tallies_summary_remove AFTER DELETE ON tallies REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_tallies');
CREATE TRIGGER naming_tallies_summary_add AFTER INSERT ON naming_tallies REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_naming');
CREATE TRIGGER naming_tallies_summary_remove AFTER DELETE ON naming_tallies REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION summary_follow('summary_naming');

-- Backfill: the sums of what is already stored, by the same statements.
DO $$
DECLARE
  pair text[];
BEGIN
  FOREACH pair SLICE 1 IN ARRAY ARRAY[['summary_articles', 'analyses'], ['summary_terms', 'analyses'], ['summary_tallies', 'tallies'], ['summary_naming', 'naming_tallies']] LOOP
    EXECUTE summary_sql(pair[1], pair[2], 1);
  END LOOP;
END $$;
