-- Less for PostgreSQL to do per imported article (issue 7, round 9).
--
-- 1. No planner statistics for the arrays nothing filters by. `Store.tidy` runs ANALYZE after every
--    import, and PostgreSQL gathers most-common-element statistics for every array column it
--    samples: the naming arrays of the tallies and of the summary's tally rows, an analysis' term
--    counts, and its match codes and string ids, which are only ever unnested (no @>, && or = on
--    them). At 10,000 generated articles the two ANALYZE statements took 1.7 s of a server
--    backend's CPU and 1.2 s with these columns left out (pglite: 2.3 s and 1.0 s). Round 8 did
--    the same for the articles' bodies, titles, urls and signatures (migration 016).
ALTER TABLE tallies ALTER COLUMN naming_terms SET STATISTICS 0, ALTER COLUMN naming_all SET STATISTICS 0, ALTER COLUMN naming_own SET STATISTICS 0;
ALTER TABLE summary_tallies ALTER COLUMN naming_terms SET STATISTICS 0, ALTER COLUMN naming_n SET STATISTICS 0,
  ALTER COLUMN naming_all SET STATISTICS 0, ALTER COLUMN naming_own SET STATISTICS 0;
ALTER TABLE analyses ALTER COLUMN term_counts SET STATISTICS 0;
ALTER TABLE analysis_matches ALTER COLUMN codes SET STATISTICS 0, ALTER COLUMN string_ids SET STATISTICS 0;
-- (statistics a store gathered before stay as they are: deleting them from pg_statistic needs a
-- superuser, and the planner uses them only for the columns' widths)

-- 2. No second index on the per-article tallies. tallies_target (lexicon_version, target) took an
--    entry for each of the ~12 tally rows an article writes (121,000 at 10,000 articles: 0.3 s of a
--    server backend's CPU, 0.9 s of pglite's); its one reader asked which targets some analysis
--    mentions, which the summary's year rows answer by their primary key (lexicon_version, grain,
--    target, …) once folded: every tally row is summed into exactly one year row (an undated
--    article's period is '' at both grains), and a row whose tallies are all deleted goes
--    (lib/store/browse.ts, mentionedTargets).
DROP INDEX tallies_target;
