-- The corpus: outlets, import batches, articles (unique by the hash of their normalized body),
-- the LSH bands of their MinHash signatures (near-duplicate candidates), and import problems.
CREATE TABLE outlets (
  id serial PRIMARY KEY,
  name text NOT NULL UNIQUE,
  name_en text,
  country text,
  grp text
);

CREATE TABLE import_batches (
  id serial PRIMARY KEY,
  started_at timestamptz NOT NULL DEFAULT now(),
  sources text[] NOT NULL
);

CREATE TABLE articles (
  id bigserial PRIMARY KEY,
  source text NOT NULL,
  line int,
  source_id text NOT NULL,
  outlet_id int NOT NULL REFERENCES outlets (id),
  -- as given: YYYY, YYYY-MM or YYYY-MM-DD; date_from/date_to are the first and last day it covers
  date text CHECK (date ~ '^\d{4}(-\d{2}(-\d{2})?)?$'),
  date_from text,
  date_to text,
  title text,
  url text,
  language text,
  encoding text,
  body text NOT NULL,
  content_hash text NOT NULL UNIQUE,
  batch_id int REFERENCES import_batches (id),
  near_duplicate_of bigint REFERENCES articles (id),
  -- the MinHash signature, comma-separated (its values may not fit an int4)
  signature text
);
CREATE INDEX articles_outlet_date ON articles (outlet_id, date_from);
CREATE INDEX articles_date ON articles (date_from);

CREATE TABLE article_bands (
  band text NOT NULL,
  article_id bigint NOT NULL REFERENCES articles (id),
  PRIMARY KEY (band, article_id)
);
-- a new batch's bands are looked up by article: without this, each batch scans every band stored
CREATE INDEX article_bands_article ON article_bands (article_id);

CREATE TABLE import_problems (
  id bigserial PRIMARY KEY,
  batch_id int REFERENCES import_batches (id),
  source text NOT NULL,
  line int,
  reason text NOT NULL
);
