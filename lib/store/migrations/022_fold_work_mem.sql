-- The fold's work memory: 8 MB instead of 64 MB (issue 7, round 16: peak memory flat from 10,000 to
-- 100,000 articles). Embedded PostgreSQL's memory is WebAssembly memory, which grows and never
-- shrinks: what one statement takes stays in the process's RSS until it exits. The final fold of an
-- import folds every analysis of the import in one statement, and with 64 MB each of its hash tables
-- and CTE stores took up to 64–128 MB (at 100,000 articles the hash of article_tallies alone was
-- 130 MB): pglite's memory grew from 189 MB to 391 MB for 10,000 articles and to 563 MB for 100,000,
-- and that fold was the import's peak (930 MB at 100,000 against 758 MB at 10,000). With 8 MB it
-- grows to 272 MB at both sizes, for about the same CPU (the fold of 10,000 articles: 5.1–5.4 s against
-- 5.2–5.8 s; of 100,000, where it spills: 25.2–26.5 s against 22.7–24.1 s at load 4–5; docs/benchmarks.md,
-- "Round 16").
--
-- Only the setting changes, in whatever body summary_fold() has now; a body without the setting
-- is an error here rather than a fold left unbounded.
DO $$
DECLARE
  def text := pg_get_functiondef('summary_fold()'::regprocedure);
  old text := $s$set_config('work_mem', '64MB', true)$s$;
BEGIN
  IF position(old IN def) = 0 THEN
    RAISE EXCEPTION 'migration 022: summary_fold() no longer sets work_mem to 64MB';
  END IF;
  EXECUTE replace(def, old, $s$set_config('work_mem', '8MB', true)$s$);
END $$;
