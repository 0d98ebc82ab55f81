-- Tallies under both readings of side-switching labels (the web UI's "resolved" switch): each
-- row says which reading it counts for. An article whose matches carry no resolution to another
-- target counts the same either way and keeps one row per target ('both'); one that has such a
-- match keeps a 'resolved' and an 'unresolved' row per target.
ALTER TABLE tallies ADD COLUMN resolution text NOT NULL DEFAULT 'both' CHECK (resolution IN ('both', 'resolved', 'unresolved'));
ALTER TABLE naming_tallies ADD COLUMN resolution text NOT NULL DEFAULT 'both' CHECK (resolution IN ('both', 'resolved', 'unresolved'));
ALTER TABLE tallies DROP CONSTRAINT tallies_pkey;
ALTER TABLE tallies ADD PRIMARY KEY (content_hash, lexicon_version, target, resolution);
ALTER TABLE naming_tallies DROP CONSTRAINT naming_tallies_pkey;
ALTER TABLE naming_tallies ADD PRIMARY KEY (content_hash, lexicon_version, target, term, resolution);

-- Analyses stored before this migration hold only the resolved reading: those where it differs
-- are dropped here and queued again (enqueueMissing) by the next process that opens the store.
CREATE TEMPORARY TABLE stale_analyses ON COMMIT DROP AS
  SELECT DISTINCT content_hash, lexicon_version FROM matches WHERE resolved_target IS NOT NULL AND resolved_target <> target;
DELETE FROM naming_tallies t USING stale_analyses s WHERE t.content_hash = s.content_hash AND t.lexicon_version = s.lexicon_version;
DELETE FROM tallies t USING stale_analyses s WHERE t.content_hash = s.content_hash AND t.lexicon_version = s.lexicon_version;
DELETE FROM analyses t USING stale_analyses s WHERE t.content_hash = s.content_hash AND t.lexicon_version = s.lexicon_version;

-- The web pages look articles up by their id within their source (/articles/ID) and list them in order.
CREATE INDEX articles_source_id ON articles (source_id);
