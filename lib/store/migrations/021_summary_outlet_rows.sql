-- One summary row per (lexicon version, grain, period, outlet) (issue 7, round 12). The fold
-- (summary_fold(), migrations 013/015/019) was an embedded import's largest statement: about
-- 7.5 s of pglite's CPU per 10,000 generated articles, most of it the tally statement, which
-- gathered each (grain, version, target, period, outlet, reading) row's naming terms (74,000
-- groups on six keys), joined them to their sums and inserted ~87,000 rows. Those rows are now 4,612
-- at 10,000 generated articles: a row of summary_tallies holds, per key, an element per (target, reading) in step
-- (`targets`, `resolutions`, the thirteen sums), and its naming terms in step with the target and
-- reading each belongs to (`naming_targets`, `naming_resolutions`, the term and its three counts).
-- Arrays in no particular order: every reader unnests and sums them (lib/store/sum-sources.ts,
-- through the views below).
--
-- Adding to a row already held (a later import, a worker's batch) and subtracting (a deleted
-- analysis' tallies) are one statement: the rows touched are deleted and inserted again, their
-- elements and naming terms summed with the new ones per (target, reading) and term, those
-- whose count falls to 0 dropped, a row left with no element not inserted again.

ALTER TABLE summary_tallies RENAME TO summary_tallies_020;
ALTER TABLE summary_tallies_020 RENAME CONSTRAINT summary_tallies_pkey TO summary_tallies_020_pkey;
DROP INDEX summary_tallies_period;

CREATE TABLE summary_tallies (
  lexicon_version int NOT NULL,
  grain "char" NOT NULL,
  period text NOT NULL,
  outlet_id int NOT NULL,
  -- an element per target and reading, in step; n: the tally rows summed (never 0)
  targets text[] NOT NULL, resolutions text[] NOT NULL, n int[] NOT NULL, mentioning_all int[] NOT NULL, mentioning_own int[] NOT NULL,
  mentions_all int[] NOT NULL, mentions_own int[] NOT NULL, loaded_all int[] NOT NULL, loaded_own int[] NOT NULL,
  stance_sum int[] NOT NULL, stance_n int[] NOT NULL, scare_quoted int[] NOT NULL, author int[] NOT NULL, quoted int[] NOT NULL, attributed int[] NOT NULL,
  -- a naming term per (target, reading, term), in step: its element's target and reading, its id in match_strings, its counts
  naming_targets text[] NOT NULL, naming_resolutions text[] NOT NULL, naming_terms int[] NOT NULL, naming_n int[] NOT NULL,
  naming_all int[] NOT NULL, naming_own int[] NOT NULL,
  -- a date range's years and months are a range of (version, grain, period), whatever the outlet
  PRIMARY KEY (lexicon_version, grain, period, outlet_id)
);
-- nothing filters by these arrays (migration 018): no statistics gathered for them
ALTER TABLE summary_tallies ALTER COLUMN targets SET STATISTICS 0, ALTER COLUMN resolutions SET STATISTICS 0, ALTER COLUMN n SET STATISTICS 0,
  ALTER COLUMN mentioning_all SET STATISTICS 0, ALTER COLUMN mentioning_own SET STATISTICS 0, ALTER COLUMN mentions_all SET STATISTICS 0,
  ALTER COLUMN mentions_own SET STATISTICS 0, ALTER COLUMN loaded_all SET STATISTICS 0, ALTER COLUMN loaded_own SET STATISTICS 0,
  ALTER COLUMN stance_sum SET STATISTICS 0, ALTER COLUMN stance_n SET STATISTICS 0, ALTER COLUMN scare_quoted SET STATISTICS 0,
  ALTER COLUMN author SET STATISTICS 0, ALTER COLUMN quoted SET STATISTICS 0, ALTER COLUMN attributed SET STATISTICS 0,
  ALTER COLUMN naming_targets SET STATISTICS 0, ALTER COLUMN naming_resolutions SET STATISTICS 0, ALTER COLUMN naming_terms SET STATISTICS 0,
  ALTER COLUMN naming_n SET STATISTICS 0, ALTER COLUMN naming_all SET STATISTICS 0, ALTER COLUMN naming_own SET STATISTICS 0;

-- The summed columns of an element, in the order of the former rows (and of the fold's month rows).
CREATE FUNCTION summary_tally_sum_columns() RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
  SELECT ARRAY['n', 'mentioning_all', 'mentioning_own', 'mentions_all', 'mentions_own', 'loaded_all', 'loaded_own', 'stance_sum', 'stance_n',
    'scare_quoted', 'author', 'quoted', 'attributed']
$$;

-- The elements of the rows of `tbl` (the table, or a CTE of its rows) as rows (grain, lexicon_version,
-- target, period, outlet_id, resolution, …the sums), the columns of the fold's grouped rows.
CREATE FUNCTION summary_cell_rows(tbl text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format('SELECT c.grain, c.lexicon_version, x.target, c.period, c.outlet_id, x.resolution, %s
    FROM %s c CROSS JOIN LATERAL unnest(c.targets, c.resolutions, %s) AS x(target, resolution, %s)',
    (SELECT string_agg('x.' || s, ', ') FROM unnest(summary_tally_sum_columns()) s), tbl,
    (SELECT string_agg('c.' || s, ', ') FROM unnest(summary_tally_sum_columns()) s), array_to_string(summary_tally_sum_columns(), ', '))
$$;

-- The naming terms of the rows of `tbl` as rows (grain, lexicon_version, target, period, outlet_id, resolution, term_id, n, count_all, count_own).
CREATE FUNCTION summary_cell_naming(tbl text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format('SELECT c.grain, c.lexicon_version, x.target, c.period, c.outlet_id, x.resolution, x.term_id, x.n, x.count_all, x.count_own
    FROM %s c CROSS JOIN LATERAL unnest(c.naming_targets, c.naming_resolutions, c.naming_terms, c.naming_n, c.naming_all, c.naming_own)
      AS x(target, resolution, term_id, n, count_all, count_own)', tbl)
$$;

-- The tail of a statement gathering the element rows `elements` and the naming rows `naming` (CTEs
-- of the columns above) into summary rows and inserting them: every grouping on the row's four keys.
CREATE FUNCTION summary_cells_insert(elements text, naming text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT format($f$
    ce AS (SELECT grain, lexicon_version, period, outlet_id, array_agg(target) AS targets, array_agg(resolution) AS resolutions, %1$s
          FROM %2$s GROUP BY 1, 2, 3, 4),
    cn AS (SELECT grain, lexicon_version, period, outlet_id, array_agg(target) AS naming_targets, array_agg(resolution) AS naming_resolutions,
            array_agg(term_id) AS naming_terms, array_agg(n::int) AS naming_n, array_agg(count_all::int) AS naming_all, array_agg(count_own::int) AS naming_own
          FROM %3$s GROUP BY 1, 2, 3, 4)
    INSERT INTO summary_tallies (grain, lexicon_version, period, outlet_id, targets, resolutions, %4$s,
      naming_targets, naming_resolutions, naming_terms, naming_n, naming_all, naming_own)
    SELECT ce.*, coalesce(cn.naming_targets, '{}'), coalesce(cn.naming_resolutions, '{}'), coalesce(cn.naming_terms, '{}'),
      coalesce(cn.naming_n, '{}'), coalesce(cn.naming_all, '{}'), coalesce(cn.naming_own, '{}')
    FROM ce LEFT JOIN cn USING (grain, lexicon_version, period, outlet_id)$f$,
    (SELECT string_agg(format('array_agg(%1$s::int) AS %1$s', s), ', ') FROM unnest(summary_tally_sum_columns()) s), elements, naming,
    array_to_string(summary_tally_sum_columns(), ', '))
$$;

-- the former rows, one summary row per key
DO $$ BEGIN
  EXECUTE format('WITH e AS (SELECT grain, lexicon_version, target, period, outlet_id, resolution, %s FROM summary_tallies_020),
    nn AS (SELECT s.grain, s.lexicon_version, s.target, s.period, s.outlet_id, s.resolution, x.term_id, x.n, x.count_all, x.count_own
           FROM summary_tallies_020 s CROSS JOIN LATERAL unnest(s.naming_terms, s.naming_n, s.naming_all, s.naming_own) AS x(term_id, n, count_all, count_own)), %s',
    array_to_string(summary_tally_sum_columns(), ', '), summary_cells_insert('e', 'nn'));
END $$;
DROP TABLE summary_tallies_020;
-- the new table's statistics: until the next import's ANALYZE (Store.tidy) an upgraded store's
-- planner took it for empty and read a timeline by month by nested loops and a sort
ANALYZE summary_tallies;

-- What the readers read: a row per (key, target, reading) with its sums, and a row per naming term.
DO $$ BEGIN
  EXECUTE 'CREATE VIEW summary_tally_sums AS ' || summary_cell_rows('summary_tallies');
  EXECUTE 'CREATE VIEW summary_tally_naming AS ' || summary_cell_naming('summary_tallies');
END $$;

-- The former rows, naming terms in term order (the tests compare stores across this migration).
CREATE VIEW summary_tally_rows AS
SELECT s.lexicon_version, s.target, s.grain, s.period, s.outlet_id, s.resolution, s.n, s.mentioning_all, s.mentioning_own, s.mentions_all,
  s.mentions_own, s.loaded_all, s.loaded_own, s.stance_sum, s.stance_n, s.scare_quoted, s.author, s.quoted, s.attributed,
  k.naming_terms, k.naming_n, k.naming_all, k.naming_own
FROM summary_tally_sums s CROSS JOIN LATERAL (
  SELECT coalesce(array_agg(x.term_id ORDER BY x.term_id), '{}') AS naming_terms, coalesce(array_agg(x.n ORDER BY x.term_id), '{}') AS naming_n,
    coalesce(array_agg(x.count_all ORDER BY x.term_id), '{}') AS naming_all, coalesce(array_agg(x.count_own ORDER BY x.term_id), '{}') AS naming_own
  FROM summary_tally_naming x
  WHERE (x.lexicon_version, x.grain, x.period, x.outlet_id, x.target, x.resolution) = (s.lexicon_version, s.grain, s.period, s.outlet_id, s.target, s.resolution)) k;

-- The statement keeping summary_tallies in step with `source` (tally rows with their analysis'
-- content hash, summary_rows): the month rows and their naming terms grouped as migration 019
-- does, the years from the months, then gathered into one row per key. `upsert` false: a plain
-- INSERT (the fold knows the table holds none of these versions' rows). Otherwise, and always when
-- subtracting, the rows held for the keys touched are deleted and summed in again.
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
    %3$s$f$,
    source, sign,
    CASE WHEN upsert OR sign < 0 THEN format($u$
    held AS (DELETE FROM summary_tallies c USING (SELECT DISTINCT grain, lexicon_version, period, outlet_id FROM g) k
          WHERE (c.lexicon_version, c.grain, c.period, c.outlet_id) = (k.lexicon_version, k.grain, k.period, k.outlet_id) RETURNING c.*),
    ge AS (SELECT grain, lexicon_version, target, period, outlet_id, resolution, %1$s
          FROM (SELECT * FROM g UNION ALL %2$s) u GROUP BY 1, 2, 3, 4, 5, 6 HAVING sum(n) > 0),
    gne AS (SELECT grain, lexicon_version, target, period, outlet_id, resolution, term_id, sum(n) AS n, sum(count_all) AS count_all, sum(count_own) AS count_own
          FROM (SELECT * FROM gn UNION ALL %3$s) u GROUP BY 1, 2, 3, 4, 5, 6, 7 HAVING sum(n) > 0),
    %4$s$u$,
      (SELECT string_agg(format('sum(%1$s) AS %1$s', s), ', ') FROM unnest(summary_tally_sum_columns()) s),
      summary_cell_rows('held'), summary_cell_naming('held'), summary_cells_insert('ge', 'gne'))
    ELSE summary_cells_insert('g', 'gn') END)
$$;

