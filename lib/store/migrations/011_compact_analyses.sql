-- Compact analyses (issue 7, round 6). An analysis kept its matches as one JSON list (migration
-- 003): about 13 KB per article at 10,000 generated ones, more than the article's body, parsed and
-- written in WebAssembly on every save. Now an analysis keeps:
--   codes        its sentences and matches as variable-length integers (lib/analysis/match-codec.ts:
--                one codec for every writer and reader; a match's text is taken from the body again)
--   string_ids   the ids, in `match_strings`, of the strings the codes refer to by position (terms,
--                forms, targets, categories, voices, cues…): a few thousand strings serve every analysis
--   term_counts  (target id, term id, matches) per distinct pair, flat: what SQL reads of the matches
--                ("other outlets call this…", the match count of an article list, the passages' filter)
-- The `matches` view (one row per match, over the JSON lists) goes with the lists: every reader
-- decodes through the codec. Existing analyses are converted by lib/store/compact-migration.ts,
-- run by lib/store/migrate.ts after this file, in the same transaction; it then drops the old columns.
CREATE TABLE match_strings (
  id serial PRIMARY KEY,
  s text NOT NULL UNIQUE
);

ALTER TABLE analyses ADD COLUMN codes bytea, ADD COLUMN string_ids int[], ADD COLUMN term_counts int[];
-- out of line and uncompressed, as the match lists were: the scans behind the sums read small rows
ALTER TABLE analyses ALTER COLUMN codes SET STORAGE EXTERNAL;

-- "Other outlets call this…" sums the (target, term) counts of each analysis (006's statement read
-- the JSON list's elements). The other summaries are as 006 and 010 left them.
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
      ARRAY[['lexicon_version', 's.lexicon_version'], ['grain', 'g.grain'], ['target', 's.target'], ['period', 'summary_period(g.grain, a.date)'], ['outlet_id', 'a.outlet_id'], ['resolution', 's.resolution'], ['term', 's.term']],
      ARRAY[['n', '1'], ['count_all', 's.count_all'], ['count_own', 's.count_own']], true, '', 'n')
  END
$$;
