-- The store's data version (issue 7, round 4): a counter every write that changes what a page
-- shows moves on, in the writer's transaction, so a process remembering answers (the web server's
-- sums) knows when they are out of date, whichever process wrote: the server itself, an `adasa
-- import` through its socket, or workers on a PostgreSQL server. Read: SELECT n FROM data_version.
--
-- A row, not a sequence: a sequence moves on before the writer commits, and a reader could then
-- remember the old data under the new number. The row's new value is seen only once the writer's
-- rows are. Statement triggers, so a batch of 500 articles moves it once.

CREATE TABLE data_version (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  n bigint NOT NULL
);
INSERT INTO data_version (n) VALUES (0);

-- The writer takes the summary's turn first (006's advisory lock, which the writers of analyses
-- already take): two writers on a server then never hold the counter's row and the summary's turn
-- in opposite orders (a deadlock).
CREATE FUNCTION data_version_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7243006);
  UPDATE data_version SET n = n + 1;
  RETURN NULL;
END $$;

-- articles and their problems (the corpus page), analyses (every sum: tallies are written with
-- their analysis), outlets (names, country, group)
CREATE TRIGGER articles_data_version AFTER INSERT OR UPDATE OR DELETE ON articles FOR EACH STATEMENT EXECUTE FUNCTION data_version_follow();
CREATE TRIGGER import_problems_data_version AFTER INSERT OR UPDATE OR DELETE ON import_problems FOR EACH STATEMENT EXECUTE FUNCTION data_version_follow();
CREATE TRIGGER analyses_data_version AFTER INSERT OR UPDATE OR DELETE ON analyses FOR EACH STATEMENT EXECUTE FUNCTION data_version_follow();
CREATE TRIGGER outlets_data_version AFTER INSERT OR UPDATE OR DELETE ON outlets FOR EACH STATEMENT EXECUTE FUNCTION data_version_follow();
