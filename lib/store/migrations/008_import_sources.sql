-- Export files imported whole (issue 7, round 4): re-importing an unchanged export is recognised by
-- its size and content hash (and the read options, which decide what its rows become) and skipped
-- in one step, so re-importing a 400 MB export costs one hash of the file, not a hash per article.
-- A row is written only after every batch of the file is committed: a killed import leaves none,
-- and the next run reads the file row by row. What the first import read is kept so that the
-- skip reports what reading it again would: its articles as duplicates, its problems as skipped.
CREATE TABLE import_sources (
  sha256 text NOT NULL,
  size bigint NOT NULL,
  options text NOT NULL,
  articles int NOT NULL,
  -- [{ "line": N | null, "reason": "…" }] in the order read
  problems jsonb NOT NULL,
  batch_id int REFERENCES import_batches (id),
  PRIMARY KEY (sha256, size, options)
);
