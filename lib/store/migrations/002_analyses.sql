-- Analyses are keyed by (content hash, lexicon version): an article already analysed with the
-- current lexicon is never analysed again, and a new lexicon version re-analyses everything.
CREATE TABLE lexicon_versions (
  id serial PRIMARY KEY,
  hash text NOT NULL UNIQUE,
  lexicon_id text NOT NULL,
  version text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE analyses (
  content_hash text NOT NULL,
  lexicon_version int NOT NULL REFERENCES lexicon_versions (id),
  words int NOT NULL,
  sentence_starts int[] NOT NULL,
  sentence_ends int[] NOT NULL,
  PRIMARY KEY (content_hash, lexicon_version)
);

CREATE TABLE matches (
  content_hash text NOT NULL,
  lexicon_version int NOT NULL,
  ord int NOT NULL,
  term text NOT NULL,
  form text NOT NULL,
  text text NOT NULL,
  start_at int NOT NULL,
  end_at int NOT NULL,
  token_start int NOT NULL,
  token_end int NOT NULL,
  target text NOT NULL,
  category text NOT NULL,
  valence int NOT NULL,
  voice text NOT NULL,
  scare_quoted boolean NOT NULL,
  cue text,
  sentence int NOT NULL,
  -- layered matches (lib/analysis/analyze-text.ts): the enclosing match's ord, the role in it,
  -- the construction (JSON) and, for a side-switching label, the camp it was resolved to (JSON)
  parent int,
  role text,
  construction jsonb,
  resolved jsonb,
  resolved_target text,
  PRIMARY KEY (content_hash, lexicon_version, ord),
  FOREIGN KEY (content_hash, lexicon_version) REFERENCES analyses
);
CREATE INDEX matches_target ON matches (lexicon_version, target, term);

-- Per article and target, the additive counts of lib/analysis/tally.ts under both voice filters:
-- outlet scores and time series are sums of these.
CREATE TABLE tallies (
  content_hash text NOT NULL,
  lexicon_version int NOT NULL,
  target text NOT NULL,
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
  PRIMARY KEY (content_hash, lexicon_version, target),
  FOREIGN KEY (content_hash, lexicon_version) REFERENCES analyses
);
CREATE INDEX tallies_target ON tallies (lexicon_version, target);

CREATE TABLE naming_tallies (
  content_hash text NOT NULL,
  lexicon_version int NOT NULL,
  target text NOT NULL,
  term text NOT NULL,
  count_all int NOT NULL,
  count_own int NOT NULL,
  PRIMARY KEY (content_hash, lexicon_version, target, term),
  FOREIGN KEY (content_hash, lexicon_version) REFERENCES analyses
);
CREATE INDEX naming_tallies_target ON naming_tallies (lexicon_version, target);

-- Work to do: one row per article still to analyse with a lexicon version. A worker leases a
-- batch (FOR UPDATE SKIP LOCKED); a lease that expires (a killed worker) is taken again.
CREATE TABLE analysis_jobs (
  id bigserial PRIMARY KEY,
  content_hash text NOT NULL,
  lexicon_version int NOT NULL REFERENCES lexicon_versions (id),
  leased_until timestamptz,
  worker text,
  attempts int NOT NULL DEFAULT 0,
  UNIQUE (content_hash, lexicon_version)
);
