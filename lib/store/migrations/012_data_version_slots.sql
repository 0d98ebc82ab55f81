-- The data version without one row every writer waits for (issue 7, round 6).
--
-- 009's counter was one row: every transaction that wrote articles, problems, analyses or outlets
-- updated it, so it held the row's lock until it committed, and on a PostgreSQL server two
-- writers (workers saving analyses, an import beside them) ran their transactions one after the
-- other, whatever else they did. It also took the summary's advisory lock exclusively, for the
-- same length of time.
--
-- Now the counter is 16 rows and a writer moves on the row of its transaction
-- (txid_current() % 16): two transactions share a row one time in 16 (and then only that pair
-- waits), and one transaction only ever locks one row, so two writers cannot wait for each
-- other's rows in opposite orders. The version is their sum (the view keeps 009's name and column): every commit
-- adds at least 1, and a reader sees the addition only with the writer's rows, so it still grows
-- with every write a page shows and never names data it does not hold. Readers see commits in one
-- order, so a sum names one set of them.
--
-- A writer takes the summary's advisory lock shared, before its row: writers no longer wait for
-- each other, and whoever takes it exclusively (the fold, a deletion subtracting from the
-- summary) still takes the lock first and the counter's row second, as every writer does.

CREATE TABLE data_version_slots (
  slot int PRIMARY KEY CHECK (slot >= 0 AND slot < 16),
  n bigint NOT NULL
);
INSERT INTO data_version_slots (slot, n) SELECT s, CASE WHEN s = 0 THEN (SELECT n FROM data_version) ELSE 0 END FROM generate_series(0, 15) s;

CREATE OR REPLACE FUNCTION data_version_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock_shared(7243006);
  UPDATE data_version_slots SET n = n + 1 WHERE slot = txid_current() % 16;
  RETURN NULL;
END $$;

DROP TABLE data_version;
CREATE VIEW data_version AS SELECT sum(n)::bigint AS n FROM data_version_slots;
